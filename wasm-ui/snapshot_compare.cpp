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

// A field value for reading: text as is, everything else compact JSON.
std::string readable(const nlohmann::json& v) {
    if (v.is_null()) return "–";
    if (v.is_string()) return v.get<std::string>();
    if (v.is_object() && v.contains("category") && v["category"].is_string()) {
        std::string out = v["category"].get<std::string>();
        if (v.contains("text") && v["text"].is_string() && !v["text"].get<std::string>().empty())
            out += " (" + v["text"].get<std::string>() + ")";
        return out;
    }
    return v.dump();
}

std::string snapshot_label(const nlohmann::json& s) {
    return s.value("name", "") + "  (" + format_peildatum(s.value("peildatum", "")) + ")";
}

void partnership_list(const char* title, const nlohmann::json& list, App& app) {
    const std::size_t n = list.is_array() ? list.size() : 0;
    subheading(fill(title, {std::to_string(n)}).c_str());
    if (n == 0) {
        muted(t("ui.compare.nothing"));
        return;
    }
    for (const auto& p : list) {
        const int number = p.value("number", 0);
        ImGui::PushID(number);
        if (link_button(std::to_string(number) + ". " + p.value("name", ""))) app.open_detail(number);
        ImGui::PopID();
    }
}

void changed_list(const nlohmann::json& list, App& app) {
    const std::size_t n = list.is_array() ? list.size() : 0;
    subheading(fill(t("ui.compare.changed"), {std::to_string(n)}).c_str());
    if (n == 0) {
        muted(t("ui.compare.nothing"));
        return;
    }
    for (const auto& c : list) {
        const int number = c.value("number", 0);
        ImGui::PushID(number);
        if (link_button(std::to_string(number) + ". " + c.value("name", ""))) app.open_detail(number);
        ImGui::PopID();
        if (!c.contains("fields") || !c["fields"].is_array()) continue;
        ImGui::Indent(24);
        for (const auto& f : c["fields"]) {
            const std::string key = "ui.field." + f.value("field", "");
            const std::string line = std::string(tr(key, ui_lang())) + ": " + readable(f.value("before", nlohmann::json())) +
                                     "  →  " + readable(f.value("after", nlohmann::json()));
            muted(line);
        }
        ImGui::Unindent(24);
    }
}

} // namespace

void SnapshotCompare::start() {
    load_snapshots([this](Loaded<nlohmann::json> r) {
        error_ = r.error;
        if (r.ok() && r.value.contains("snapshots") && r.value["snapshots"].is_array()) snapshots_ = r.value["snapshots"];
    });
}

void SnapshotCompare::refresh() {
    if (chosen_ != 0) compare(chosen_);
}

void SnapshotCompare::compare(long long id) {
    chosen_ = id;
    comparing_ = true;
    load_snapshot_comparison(id, [this, id](Loaded<nlohmann::json> r) {
        if (id != chosen_) return;
        comparing_ = false;
        error_ = r.error;
        result_ = r.ok() ? r.value : nlohmann::json();
    });
}

void SnapshotCompare::choose(long long id) {
    if (id == chosen_) return;
    if (id != 0) return compare(id);
    chosen_ = 0;
    comparing_ = false;
    result_ = nlohmann::json();
}

void SnapshotCompare::draw(App& app) {
    heading(t("ui.compare.title"));
    muted(t("ui.compare.intro"));
    std::string preview = t("ui.compare.choose");
    for (const auto& s : snapshots_)
        if (s.value("id", 0LL) == chosen_) preview = snapshot_label(s);
    ImGui::SetNextItemWidth(std::min(480.0f, ImGui::GetContentRegionAvail().x));
    if (ImGui::BeginCombo("##snapshot", preview.c_str())) {
        for (const auto& s : snapshots_) {
            const long long id = s.value("id", 0LL);
            if (ImGui::Selectable(snapshot_label(s).c_str(), id == chosen_)) compare(id);
            target("compare.snapshot." + std::to_string(id));
        }
        close_popup_on_escape();
        ImGui::EndCombo();
    }
    target("compare.choose");
    if (!error_.empty()) error_line(error_);
    if (comparing_) muted(t("ui.loading"));
    if (!result_.is_object()) return;
    partnership_list(t("ui.compare.added"), result_.value("added", nlohmann::json::array()), app);
    partnership_list(t("ui.compare.removed"), result_.value("removed", nlohmann::json::array()), app);
    changed_list(result_.value("changed", nlohmann::json::array()), app);
}

nlohmann::json SnapshotCompare::state() const {
    auto count = [&](const char* key) -> int {
        return result_.is_object() && result_.contains(key) && result_[key].is_array() ? int(result_[key].size()) : -1;
    };
    return {{"snapshots", snapshots_.size()},
            {"chosen", chosen_},
            {"error", error_},
            {"added", count("added")},
            {"removed", count("removed")},
            {"changed", count("changed")}};
}

} // namespace swm::web
