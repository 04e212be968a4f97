#include "history_list.h"

#include "ui_text.h"
#include "widgets.h"

#include "core/dataset_comparison.h"
#include "core/i18n.h"
#include "core/json_codec.h"

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
    if (action == "repair") return t("ui.history.repair");
    if (action == "merge") return t("ui.history.merge");
    return t("ui.history.other");
}

// The labels of the fields that differ between the two versions, as core
// names them (the revision says nothing and is never one).
std::string changed_fields(const ChangeEntry& c, const Dataset& names) {
    const Decoded<Partnership> before = decode_partnership(c.before);
    const Decoded<Partnership> after = decode_partnership(c.after);
    if (!before.ok() || !after.ok()) return {};
    std::string out;
    for (const FieldChange& f : compare_partnerships(before.value, after.value, names, names))
        out += (out.empty() ? "" : ", ") + f.label.in(ui_lang());
    return out;
}

} // namespace

std::string actor_label(const std::string& actor) { return actor.empty() ? t("ui.history.name_left_out") : actor; }

void draw_history_list(const std::vector<ChangeEntry>& changes, const Dataset& names, bool loaded, const std::string& error) {
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
        const std::string line = format_timestamp(c.at) + "  ·  " + actor_label(c.actor) + "  ·  " + action_label(c.action);
        ImGui::BulletText("%s", line.c_str());
        const std::string fields = c.action == "update" || c.action == "restore" || c.action == "merge" ? changed_fields(c, names) : "";
        if (!fields.empty()) {
            ImGui::Indent(ImGui::GetTreeNodeToLabelSpacing());
            muted(fields);
            ImGui::Unindent(ImGui::GetTreeNodeToLabelSpacing());
        }
    }
}

} // namespace swm::web
