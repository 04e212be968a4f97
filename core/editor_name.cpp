#include "core/editor_name.h"

#include "core/text.h"

namespace swm {
namespace {

// C0 controls, DEL, and the C1 controls U+0080..U+009F (UTF-8 C2 80..C2 9F).
bool has_control_character(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7F) return true;
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F) return true;
    }
    return false;
}

} // namespace

std::string normalised_editor_name(std::string_view name) { return trim(name); }

ValidationErrors validate_editor_name(std::string_view name, const std::string& field) {
    if (!is_valid_utf8(name)) return {{field, "validation.editor_name_utf8", ""}};
    if (has_control_character(name)) return {{field, "validation.editor_name_control", ""}};
    const std::string n = normalised_editor_name(name);
    if (n.empty()) return {{field, "validation.editor_name_empty", ""}};
    if (utf8_length(n) > kMaxEditorNameChars)
        return {{field, "validation.editor_name_too_long", std::to_string(kMaxEditorNameChars)}};
    return {};
}

std::vector<ChangeEntry> without_editor_names(std::vector<ChangeEntry> changes) {
    for (ChangeEntry& c : changes) c.actor.clear();
    return changes;
}

std::vector<SnapshotInfo> without_editor_names(std::vector<SnapshotInfo> snapshots) {
    for (SnapshotInfo& s : snapshots) s.actor.clear();
    return snapshots;
}

} // namespace swm
