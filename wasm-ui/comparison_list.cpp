#include "comparison_list.h"

#include "app.h"
#include "ui_text.h"
#include "widgets.h"

#include "core/i18n.h"
#include "core/text.h"

#include "imgui.h"

namespace swm::web {
namespace {

std::string numbered(int number, const std::string& name) { return std::to_string(number) + ". " + name; }

void partnership_line(int number, const std::string& name, App& app, bool open) {
    if (!open) return wrapped(numbered(number, name));
    ImGui::PushID(number);
    if (link_button(numbered(number, name))) app.open_detail(number);
    ImGui::PopID();
}

void partnership_list(const char* title, const std::vector<Partnership>& list, App& app, bool open) {
    subheading(fill(title, {std::to_string(list.size())}).c_str());
    if (list.empty()) return muted(t("ui.compare.nothing"));
    for (const auto& p : list) partnership_line(p.number, p.name, app, open);
}

std::string change_line(const FieldChange& f, Lang lang, const char* arrow) {
    return f.label.in(lang) + ": " + f.before_text.in(lang) + arrow + f.after_text.in(lang);
}

void changed_list(const std::vector<PartnershipChange>& list, App& app, bool open) {
    subheading(fill(t("ui.compare.changed"), {std::to_string(list.size())}).c_str());
    if (list.empty()) return muted(t("ui.compare.nothing"));
    const Lang lang = ui_lang();
    for (const auto& c : list) {
        partnership_line(c.number, c.name, app, open);
        ImGui::Indent(24);
        for (const auto& f : c.fields) muted(change_line(f, lang, "  \xE2\x86\x92  "));
        ImGui::Unindent(24);
    }
}

} // namespace

void draw_comparison(const char* id, const DatasetComparison& c, App& app, bool open) {
    ImGui::PushID(id);
    partnership_list(t("ui.compare.added"), c.added, app, open);
    ImGui::PushID("removed");
    partnership_list(t("ui.compare.removed"), c.removed, app, open);
    ImGui::PopID();
    changed_list(c.changed, app, open);
    ImGui::PopID();
}

nlohmann::json comparison_lines(const DatasetComparison& c) {
    nlohmann::json added = nlohmann::json::array(), removed = nlohmann::json::array(), changed = nlohmann::json::array();
    for (const auto& p : c.added) added.push_back(numbered(p.number, p.name));
    for (const auto& p : c.removed) removed.push_back(numbered(p.number, p.name));
    for (const auto& pc : c.changed)
        for (const auto& f : pc.fields) changed.push_back(numbered(pc.number, pc.name) + " | " + change_line(f, ui_lang(), " -> "));
    return {{"added", added}, {"removed", removed}, {"changed", changed}};
}

} // namespace swm::web
