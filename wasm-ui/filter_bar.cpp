#include "filter_bar.h"

#include "ui_text.h"
#include "widgets.h"

#include "core/text.h"

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace swm::web {
namespace {

// Scales with "none" (not geographically clustered) as a choice of its own.
bool scale_choice(PartnershipFilter& f) {
    std::vector<std::optional<Scale>> values;
    for (Scale s : all_values<Scale>()) values.emplace_back(s);
    values.emplace_back(std::nullopt);
    std::vector<std::string> labels;
    std::vector<bool> checked;
    for (const auto& v : values) {
        labels.push_back(scale_label(v, ui_lang()));
        checked.push_back(std::find(f.scales.begin(), f.scales.end(), v) != f.scales.end());
    }
    if (!multi_choice("scale", t("ui.field.scale"), labels, checked)) return false;
    f.scales.clear();
    for (std::size_t i = 0; i < values.size(); ++i)
        if (checked[i]) f.scales.push_back(values[i]);
    return true;
}

// The partner filter is set from elsewhere (the map); here it can be removed.
bool partner_chips(PartnershipFilter& f, const Dataset& dataset) {
    for (std::size_t i = 0; i < f.organisations.size(); ++i) {
        const Organisation* o = dataset.organisation(f.organisations[i]);
        const std::string text = fill(t("ui.filter.partner_chip"), {o ? o->name : f.organisations[i]});
        ImGui::PushID(int(i));
        const bool clicked = ImGui::Button(text.c_str());
        ImGui::PopID();
        ImGui::SameLine();
        if (clicked) {
            f.organisations.erase(f.organisations.begin() + long(i));
            return true;
        }
    }
    return false;
}

} // namespace

bool draw_filter_bar(PartnershipFilter& f, const Dataset& dataset) {
    const ImGuiStyle& style = ImGui::GetStyle();
    bool changed = false;
    ImGui::SetNextItemWidth(std::min(460.0f, ImGui::GetContentRegionAvail().x));
    if (ImGui::InputTextWithHint("##search", t("ui.filter.search_hint"), &f.text)) changed = true;
    target("register.search");
    if (!f.empty()) {
        ImGui::SameLine();
        if (ImGui::Button(t("ui.filter.clear"))) {
            f = PartnershipFilter{};
            changed = true;
        }
        target("register.clear");
    }
    if (!f.organisations.empty()) {
        ImGui::SameLine();
        changed |= partner_chips(f, dataset);
        ImGui::NewLine();
    }
    // Analysis and map count with it too; the same flag as in the analysis view.
    changed |= ImGui::Checkbox(t("ui.analysis.stated_only"), &f.stated_only);
    target("register.stated_only");

    const int per_row = ImGui::GetContentRegionAvail().x > 1500 ? 6 : 3;
    const float width = (ImGui::GetContentRegionAvail().x - style.ItemSpacing.x * float(per_row - 1)) / float(per_row);
    int column = 0;
    auto next = [&] {
        if (++column % per_row != 0) ImGui::SameLine();
        ImGui::SetNextItemWidth(width);
    };
    ImGui::SetNextItemWidth(width);
    ImGui::PushItemWidth(width);
    changed |= scale_choice(f);
    next();
    changed |= enum_multi_choice("layer", t("ui.field.layer"), f.layers);
    next();
    changed |= enum_multi_choice("legal_form", t("ui.field.legal_form"), f.legal_forms);
    next();
    changed |= enum_multi_choice("motive", t("ui.field.motives"), f.motives);
    next();
    changed |= enum_multi_choice("status", t("ui.field.status"), f.statuses);
    next();
    changed |= enum_multi_choice("decided_by", t("ui.field.decided_by"), f.decided_by);
    ImGui::PopItemWidth();
    return changed;
}

} // namespace swm::web
