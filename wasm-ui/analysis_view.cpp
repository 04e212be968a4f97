#include "analysis_view.h"

#include "app.h"
#include "charts.h"
#include "fonts.h"
#include "theme.h"
#include "ui_text.h"
#include "widgets.h"

#include "core/analysis.h"
#include "core/json_codec.h"
#include "core/text.h"

#include "imgui.h"

namespace swm::web {
namespace {

// Bars for one dimension; labels come from the i18n key "<prefix>.<code>".
std::vector<Bar> bars_of(const std::vector<Tally>& tallies, const char* prefix, bool scale_colours) {
    std::vector<Bar> bars;
    for (const Tally& t : tallies) {
        const std::string key = std::string(prefix) + "." + t.code;
        const bool none = t.code == kNoScaleCode;
        const ImU32 colour = scale_colours ? scale_colour(none ? nullptr : t.code.c_str()) : palette().accent;
        bars.push_back({t.code, tr(key, ui_lang()), t.count, colour});
    }
    return bars;
}

// Makes `code` the only value of its dimension in the filter.
template <class E>
void only(std::vector<E>& values, const std::string& code) {
    values.clear();
    if (auto v = from_code<E>(code)) values.push_back(*v);
}

void only_scale(PartnershipFilter& f, const std::string& code) {
    f.scales.clear();
    if (code == kNoScaleCode) f.scales.push_back(std::nullopt);
    else if (auto s = from_code<Scale>(code)) f.scales.push_back(*s);
}

// The overview's own words about these figures, beside them.
void source_quote(const Dataset& d, std::string_view topic) {
    for (const SourcePassage* p : d.commentary.on(topic)) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", fill(t("ui.analysis.source_says"), {d.commentary.title, p->heading}).c_str());
        ImGui::PopStyleColor();
        ImGui::Indent();
        ImGui::TextWrapped("“%s”", p->text.c_str());
        ImGui::Unindent();
        target(std::string("analysis.quote.") + std::string(topic));
    }
}

void chart(App& app, AppState& s, const char* title, const char* id, const std::vector<Bar>& bars,
           void (*apply)(PartnershipFilter&, const std::string&), std::string_view topic = {}) {
    subheading(title);
    const int clicked = bar_chart(id, bars);
    if (!topic.empty()) source_quote(s.dataset, topic);
    if (clicked < 0 || s.presenting) return;
    apply(s.filter, bars[std::size_t(clicked)].code);
    app.show(View::register_list);
}

// In a presentation the explanation, which names every row that was
// classified, stands without the desk's line-by-line table: on a 1024x768
// projector both do not fit beside the chart.
void seed_panel(const Dataset& d, bool presenting) {
    const LegalFormReconciliation r = reconcile_seed_legal_forms(d);
    begin_panel();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(t("ui.analysis.seed_title"));
    ImGui::PopFont();
    // On a slide the title above already gives the tally: the quote needs no
    // larger type there, and the explanation then fits beside the chart.
    ImGui::PushFont(presenting ? fonts().bold : fonts().title);
    const auto quoted = d.commentary.on("by_legal_form");
    if (quoted.empty()) ImGui::TextWrapped("%s", t("ui.analysis.seed_quote"));
    else ImGui::TextWrapped("“%s”", quoted.front()->text.c_str());
    ImGui::PopFont();
    wrapped(explain(r, ui_lang()));
    target("analysis.seed");
    if (presenting) return end_panel();
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(10, 4));
    if (ImGui::BeginTable("seed_lines", 4, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn(t("ui.field.legal_form"));
        ImGui::TableSetupColumn(t("ui.analysis.seed_column"));
        ImGui::TableSetupColumn(t("ui.analysis.register_column"));
        ImGui::TableSetupColumn(t("ui.analysis.numbers_column"));
        ImGui::PushFont(fonts().bold);
        ImGui::TableHeadersRow();
        ImGui::PopFont();
        auto line = [&](const SeedTallyLine& l) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(label_of(l.category).c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%d", l.seed);
            ImGui::TableNextColumn();
            ImGui::Text("%d", l.in_register);
            ImGui::TableNextColumn();
            std::string numbers;
            for (int n : l.numbers) numbers += (numbers.empty() ? "" : ", ") + std::to_string(n);
            ImGui::TextDisabled("%s", numbers.c_str());
            if (l.fitted.empty()) return;
            std::string fitted;
            for (int n : l.fitted) fitted += (fitted.empty() ? "" : ", ") + std::to_string(n);
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().inferred));
            ImGui::TextWrapped("%s", fill(t("ui.analysis.fitted_rows"), {fitted}).c_str());
            ImGui::PopStyleColor();
        };
        for (const auto& l : r.counted) line(l);
        for (const auto& l : r.uncounted) line(l);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(t("ui.analysis.total"));
        ImGui::TableNextColumn();
        ImGui::Text("%d", r.seed_sum);
        ImGui::TableNextColumn();
        ImGui::Text("%d", r.register_total);
        ImGui::PopFont();
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    end_panel();
}

// "Alleen genoemde partners": the filter carries it, so the register, the
// map and a copied link follow the same switch.
void stated_only_switch(AppState& s) {
    if (s.presenting) {
        if (s.filter.stated_only) muted(t("ui.analysis.stated_only_on"));
        return;
    }
    ImGui::Checkbox(t("ui.analysis.stated_only"), &s.filter.stated_only);
    target("analysis.stated_only");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t("ui.analysis.stated_only_hint"));
    // What the switch leaves out is said while it is on, where it matters.
    if (s.filter.stated_only) muted(t("ui.analysis.stated_only_hint"));
}

struct Difference {
    std::string label;
    int with_inferred = 0;
    int stated_only = 0;
};

void differences_of(const std::vector<Tally>& all, const std::vector<Tally>& stated, const char* prefix,
                    std::vector<Difference>& out) {
    for (const Tally& t : stated) {
        const int with = count_of(all, t.code);
        if (with != t.count) out.push_back({tr(std::string(prefix) + "." + t.code, ui_lang()), with, t.count});
    }
}

// Where inferred or chosen data counts, both figures side by side, so a
// reader sees what rests on the source and what on the register's reading.
void differences_panel(const AppState& s) {
    PartnershipFilter with = s.filter;
    with.stated_only = false;
    PartnershipFilter stated = s.filter;
    stated.stated_only = true;
    const Analysis a = analyse(s.dataset, with);
    const Analysis b = analyse(s.dataset, stated);
    std::vector<Difference> legal_forms, layers, shares;
    differences_of(a.by_legal_form, b.by_legal_form, "legal_form", legal_forms);
    differences_of(a.by_layer, b.by_layer, "layer", layers);
    for (const auto& share : a.shared_with_hof_van_twente) {
        int stated_count = 0;
        for (const auto& o : b.shared_with_hof_van_twente)
            if (o.organisation_id == share.organisation_id) stated_count = o.count;
        if (stated_count == share.count || shares.size() >= 8) continue;
        const Organisation* o = s.dataset.organisation(share.organisation_id);
        shares.push_back({o ? o->name : share.organisation_id, share.count, stated_count});
    }
    if (legal_forms.empty() && layers.empty() && shares.empty()) return;
    subheading(t("ui.analysis.differences_title"));
    muted(t("ui.analysis.differences_hint"));
    auto table = [](const char* id, const char* first, const std::vector<Difference>& rows) {
        if (rows.empty()) return;
        ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(10, 4));
        if (ImGui::BeginTable(id, 3, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit)) {
            ImGui::TableSetupColumn(first);
            ImGui::TableSetupColumn(t("ui.analysis.with_inferred"));
            ImGui::TableSetupColumn(t("ui.analysis.stated_only_column"));
            ImGui::PushFont(fonts().bold);
            ImGui::TableHeadersRow();
            ImGui::PopFont();
            for (const auto& r : rows) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(r.label.c_str());
                ImGui::TableNextColumn();
                ImGui::Text("%d", r.with_inferred);
                ImGui::TableNextColumn();
                ImGui::Text("%d", r.stated_only);
            }
            ImGui::EndTable();
        }
        ImGui::PopStyleVar();
        ImGui::Dummy(ImVec2(0, 6));
    };
    table("diff_legal_form", t("ui.field.legal_form"), legal_forms);
    table("diff_layer", t("ui.field.layer"), layers);
    table("diff_shares", t("ui.analysis.shared_with_column"), shares);
    target("analysis.differences");
}

void layer_by_scale(App& app, AppState& s, const Analysis& a) {
    subheading(t("ui.analysis.layer_by_scale"));
    std::vector<std::string> rows, columns;
    for (const auto& code : a.layer_by_scale.rows) rows.push_back(tr("layer." + code, ui_lang()));
    for (const auto& code : a.layer_by_scale.columns) columns.push_back(code == kNoScaleCode ? t("ui.register.no_scale") : code);
    const CellClick c = crosstab_table("layer_by_scale", a.layer_by_scale, rows, columns, t("ui.field.layer"));
    if (c.row < 0 || s.presenting) return;
    only(s.filter.layers, a.layer_by_scale.rows[std::size_t(c.row)]);
    only_scale(s.filter, a.layer_by_scale.columns[std::size_t(c.column)]);
    app.show(View::register_list);
}

void only_layer(PartnershipFilter& f, const std::string& c) { only(f.layers, c); }
void only_legal_form(PartnershipFilter& f, const std::string& c) { only(f.legal_forms, c); }
void only_decided_by(PartnershipFilter& f, const std::string& c) { only(f.decided_by, c); }
// "none" (no motive stated) is no filter value: the motive filter is cleared.
void only_motive(PartnershipFilter& f, const std::string& c) { only(f.motives, c); }

// A saved view or a slide may point at one part of the analysis ("section"):
// only that part is drawn, full width, so a slide shows what its title says.
// Returns false for a section the analysis does not have.
bool draw_section(App& app, AppState& s, const Analysis& a) {
    const std::string& section = s.section;
    const bool known = section == "legal_form" || section == "layer" || section == "scale" || section == "motive" ||
                       section == "decided_by" || section == "layer_by_scale";
    if (!known) return false;
    if (!s.presenting) {
        heading(t("ui.analysis.title"));
        if (link_button(t("ui.analysis.show_all"))) s.section.clear();
        target("analysis.show_all");
    }
    // Says what the bars count: all partnerships, the 4 in investigation too.
    if (!s.filter.leaves_rows_out()) muted(fill(t("ui.analysis.over_all"), {std::to_string(a.total)}));
    else muted(fill(t("ui.analysis.over_filtered"), {std::to_string(a.total), std::to_string(s.dataset.partnerships.size())}));
    ImGui::PushItemWidth(-1);
    if (section == "legal_form" && ImGui::BeginTable("section", 2, ImGuiTableFlags_None)) {
        // The register's count beside the overview's own, which adds up to 27.
        ImGui::TableSetupColumn("bars", ImGuiTableColumnFlags_WidthStretch, s.presenting ? 0.46f : 0.49f);
        ImGui::TableSetupColumn("seed", ImGuiTableColumnFlags_WidthStretch, s.presenting ? 0.54f : 0.51f);
        ImGui::TableNextColumn();
        chart(app, s, t("ui.field.legal_form"), "legal_form", bars_of(a.by_legal_form, "legal_form", false), only_legal_form);
        ImGui::TableNextColumn();
        seed_panel(s.dataset, s.presenting);
        ImGui::EndTable();
    }
    if (section == "layer") chart(app, s, t("ui.field.layer"), "layer", bars_of(a.by_layer, "layer", false), only_layer);
    if (section == "layer" || section == "layer_by_scale") layer_by_scale(app, s, a);
    if (section == "scale")
        chart(app, s, t("ui.field.scale"), "scale", bars_of(a.by_scale, "scale", true), only_scale, "by_scale");
    if (section == "motive")
        chart(app, s, t("ui.field.motives"), "motive", bars_of(a.by_motive, "motive", false), only_motive, "by_motive");
    if (section == "decided_by")
        chart(app, s, t("ui.field.decided_by"), "decided_by", bars_of(a.by_decided_by, "decided_by", false),
              only_decided_by, "by_decided_by");
    ImGui::PopItemWidth();
    return true;
}

} // namespace

void AnalysisView::draw(App& app, AppState& s) {
    const Analysis a = analyse(s.dataset, s.filter);
    if (!s.section.empty() && draw_section(app, s, a)) return;
    heading(t("ui.analysis.title"));
    if (!s.filter.leaves_rows_out()) {
        muted(fill(t("ui.analysis.over_all"), {std::to_string(a.total)}));
    } else {
        muted(fill(t("ui.analysis.over_filtered"), {std::to_string(a.total), std::to_string(s.dataset.partnerships.size())}));
        ImGui::SameLine();
        if (link_button(t("ui.filter.clear"))) s.filter = PartnershipFilter{};
        target("analysis.clear_filter");
    }
    muted(t("ui.analysis.click_hint"));
    stated_only_switch(s);
    ImGui::Dummy(ImVec2(0, 4));
    seed_panel(s.dataset, s.presenting);

    if (ImGui::BeginTable("charts", 2, ImGuiTableFlags_None)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushItemWidth(-1);
        chart(app, s, t("ui.field.scale"), "scale", bars_of(a.by_scale, "scale", true), only_scale, "by_scale");
        chart(app, s, t("ui.field.layer"), "layer", bars_of(a.by_layer, "layer", false), only_layer);
        chart(app, s, t("ui.field.decided_by"), "decided_by", bars_of(a.by_decided_by, "decided_by", false),
              only_decided_by, "by_decided_by");
        ImGui::TableNextColumn();
        chart(app, s, t("ui.field.legal_form"), "legal_form", bars_of(a.by_legal_form, "legal_form", false), only_legal_form);
        chart(app, s, t("ui.field.motives"), "motive", bars_of(a.by_motive, "motive", false), only_motive, "by_motive");
        differences_panel(s);
        ImGui::EndTable();
    }
    layer_by_scale(app, s, a);
    ImGui::Dummy(ImVec2(0, 16));
    ImGui::Separator();
    compare_.draw(app);
}

nlohmann::json AnalysisView::state(const AppState& s) const {
    const LegalFormReconciliation r = reconcile_seed_legal_forms(s.dataset);
    return {{"analysis", encode_analysis(analyse(s.dataset, s.filter))},
            {"stated_only", s.filter.stated_only},
            {"seed_text", explain(r, ui_lang())},
            {"seed_sum", r.seed_sum},
            {"compare", compare_.state()}};
}

} // namespace swm::web
