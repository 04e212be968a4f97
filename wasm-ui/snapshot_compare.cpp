#include "snapshot_compare.h"

#include "app.h"
#include "data_source.h"
#include "fonts.h"
#include "ui_text.h"
#include "widgets.h"

#include "core/i18n.h"
#include "core/text.h"

#include "imgui.h"

namespace swm::web {
namespace {

std::string snapshot_label(const SnapshotInfo& s) { return s.name + "  (" + format_peildatum(s.peildatum) + ")"; }

void partnership_list(const char* title, const std::vector<Partnership>& list, App& app) {
    subheading(fill(title, {std::to_string(list.size())}).c_str());
    if (list.empty()) {
        muted(t("ui.compare.nothing"));
        return;
    }
    for (const auto& p : list) {
        ImGui::PushID(p.number);
        if (link_button(std::to_string(p.number) + ". " + p.name)) app.open_detail(p.number);
        ImGui::PopID();
    }
}

void changed_list(const std::vector<PartnershipChange>& list, App& app) {
    subheading(fill(t("ui.compare.changed"), {std::to_string(list.size())}).c_str());
    if (list.empty()) {
        muted(t("ui.compare.nothing"));
        return;
    }
    const Lang lang = ui_lang();
    for (const auto& c : list) {
        ImGui::PushID(c.number);
        if (link_button(std::to_string(c.number) + ". " + c.name)) app.open_detail(c.number);
        ImGui::PopID();
        ImGui::Indent(24);
        for (const auto& f : c.fields)
            muted(f.label.in(lang) + ": " + f.before_text.in(lang) + "  \xE2\x86\x92  " + f.after_text.in(lang));
        ImGui::Unindent(24);
    }
}

} // namespace

void SnapshotCompare::start() {
    load_snapshots([this](Loaded<std::vector<SnapshotInfo>> r) {
        error_ = r.error;
        if (r.ok()) snapshots_ = std::move(r.value);
    });
}

void SnapshotCompare::refresh() {
    if (chosen_ != 0) compare(chosen_);
}

void SnapshotCompare::compare(long long id) {
    chosen_ = id;
    comparing_ = true;
    load_snapshot_comparison(id, [this, id](Loaded<DatasetComparison> r) {
        if (id != chosen_) return;
        comparing_ = false;
        error_ = r.error;
        result_.reset();
        if (r.ok()) result_ = std::move(r.value);
    });
}

void SnapshotCompare::choose(long long id) {
    if (id == chosen_) return;
    if (id != 0) return compare(id);
    chosen_ = 0;
    comparing_ = false;
    result_.reset();
}

void SnapshotCompare::draw(App& app) {
    heading(t("ui.compare.title"));
    muted(t("ui.compare.intro"));
    std::string preview = t("ui.compare.choose");
    for (const auto& s : snapshots_)
        if (s.id == chosen_) preview = snapshot_label(s);
    ImGui::SetNextItemWidth(std::min(480.0f, ImGui::GetContentRegionAvail().x));
    if (ImGui::BeginCombo("##snapshot", preview.c_str())) {
        for (const auto& s : snapshots_) {
            const long long id = s.id;
            if (ImGui::Selectable(snapshot_label(s).c_str(), id == chosen_)) compare(id);
            target("compare.snapshot." + std::to_string(id));
        }
        close_popup_on_escape();
        ImGui::EndCombo();
    }
    target("compare.choose");
    if (!error_.empty()) error_line(error_);
    if (comparing_) muted(t("ui.loading"));
    if (!result_) return;
    partnership_list(t("ui.compare.added"), result_->added, app);
    partnership_list(t("ui.compare.removed"), result_->removed, app);
    changed_list(result_->changed, app);
}

nlohmann::json SnapshotCompare::state() const {
    // The labelled lines as shown, so a test reads what a user reads.
    nlohmann::json lines = nlohmann::json::array();
    if (result_) {
        for (const auto& c : result_->changed)
            for (const auto& f : c.fields) lines.push_back(f.label.in(ui_lang()) + ": " + f.before_text.in(ui_lang()) + " -> " + f.after_text.in(ui_lang()));
    }
    return {{"snapshots", snapshots_.size()},
            {"chosen", chosen_},
            {"error", error_},
            {"added", result_ ? int(result_->added.size()) : -1},
            {"removed", result_ ? int(result_->removed.size()) : -1},
            {"changed", result_ ? int(result_->changed.size()) : -1},
            {"lines", lines}};
}

} // namespace swm::web
