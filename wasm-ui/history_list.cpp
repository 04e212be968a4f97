#include "history_list.h"

#include "ui_text.h"
#include "widgets.h"

#include "core/i18n.h"

#include "imgui.h"

namespace swm::web {
namespace {

const char* action_label(const std::string& action) {
    if (action == "create") return t("ui.history.create");
    if (action == "update") return t("ui.history.update");
    if (action == "delete") return t("ui.history.delete");
    if (action == "restore") return t("ui.history.restore");
    if (action == "import") return t("ui.history.import");
    if (action == "seed") return t("ui.history.seed");
    return t("ui.history.other");
}

// The labels of the fields that differ between the two versions; the
// revision always changes and says nothing.
std::string changed_fields(const nlohmann::json& before, const nlohmann::json& after) {
    if (!before.is_object() || !after.is_object()) return {};
    std::string out;
    for (const auto& [key, value] : after.items()) {
        if (key == "revision" || (before.contains(key) && before[key] == value)) continue;
        const std::string label_key = "ui.field." + key;
        out += (out.empty() ? "" : ", ") + std::string(tr(label_key, ui_lang()));
    }
    return out;
}

} // namespace

void draw_history_list(const nlohmann::json& changes, bool loaded, const std::string& error) {
    subheading(t("ui.history.title"));
    if (!error.empty()) {
        error_line(error);
        return;
    }
    if (!loaded) {
        muted(t("ui.loading"));
        return;
    }
    if (changes.empty()) {
        muted(t("ui.history.none"));
        return;
    }
    for (const auto& c : changes) {
        const std::string action = c.value("action", "");
        std::string line = format_timestamp(c.value("at", "")) + "  ·  " + c.value("actor", "") + "  ·  " +
                           action_label(action);
        ImGui::BulletText("%s", line.c_str());
        const nlohmann::json none;
        const std::string fields =
            action == "update" ? changed_fields(c.contains("before") ? c["before"] : none, c.contains("after") ? c["after"] : none) : "";
        if (!fields.empty()) {
            ImGui::Indent(ImGui::GetTreeNodeToLabelSpacing());
            muted(fields);
            ImGui::Unindent(ImGui::GetTreeNodeToLabelSpacing());
        }
    }
}

} // namespace swm::web
