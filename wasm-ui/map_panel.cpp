#include "map_panel.h"

#include "fonts.h"
#include "theme.h"
#include "widgets.h"

#include "core/api_error.h"
#include "core/i18n.h"
#include "core/text.h"

#include "imgui.h"

#include <cmath>

namespace swm::web {
namespace {

void panel_selection(const MapInput& in, const MapModel& model, MapChoices& choices, MapEvents& ev) {
    const Lang lang = in.lang;
    ImGui::PushTextWrapPos(0);
    if (const Partnership* p = in.selected_partnership ? in.dataset.partnership(in.selected_partnership) : nullptr) {
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(fill(tr("map.partnership_title", lang), {std::to_string(p->number), p->name}).c_str());
        ImGui::PopFont();
        std::string municipalities, others;
        for (const auto& id : p->partners) {
            const Organisation* o = in.dataset.organisation(id);
            std::string& list = o && o->kind == OrganisationKind::gemeente ? municipalities : others;
            list += (list.empty() ? "" : ", ") + (o ? o->name : id);
        }
        ImGui::TextUnformatted(fill(tr("map.partner_municipalities", lang), {municipalities}).c_str());
        if (!others.empty()) ImGui::TextUnformatted(fill(tr("map.partner_others", lang), {others}).c_str());
        if (ImGui::SmallButton(tr("map.open_partnership", lang))) ev.open_partnership = p->number;
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("map.clear_partnership", lang))) ev.select_partnership = 0;
        ImGui::Separator();
    }
    const int sel = model.geometry ? model.area(choices.selected) : -1;
    if (sel < 0) {
        ImGui::TextDisabled("%s", tr("map.select_hint", lang));
        ImGui::PopTextWrapPos();
        return;
    }
    const MapArea& a = model.geometry->areas[std::size_t(sel)];
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(a.name.c_str());
    ImGui::PopFont();
    const int n = model.counts[std::size_t(sel)];
    ImGui::TextUnformatted(sel == model.hvt
                               ? fill(tr("map.hover_hvt", lang), {std::to_string(model.shown_total)}).c_str()
                               : fill(tr(n == 1 ? "map.shared_one" : "map.shared_many", lang), {std::to_string(n)}).c_str());
    ImGui::PopTextWrapPos();
    for (const auto& p : in.dataset.partnerships) {
        if (!p.has_partner(a.statcode) || !matches(in.filter, p, in.dataset)) continue;
        const std::string row = std::to_string(p.number) + ".  " + p.name +
                                (p.scale ? "  ·  " + scale_code(p.scale) : std::string()) + "##map_p" +
                                std::to_string(p.number);
        if (ImGui::Selectable(row.c_str(), in.selected_partnership == p.number))
            ev.select_partnership = in.selected_partnership == p.number ? 0 : p.number;
        target("map.partnership." + std::to_string(p.number));
    }
    if (ImGui::SmallButton(tr("map.clear_municipality", lang))) {
        choices.selected.clear();
        ev.select_municipality = "";
    }
}

// Where the boundaries come from, and the import of official ones with its
// progress and outcome.
void panel_source(const MapInput& in, const MapModel& model, MapLoad& load) {
    const Lang lang = in.lang;
    ImGui::PushTextWrapPos(0);
    if (model.geometry && model.geometry->schematic) {
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(tr("map.schematic_title", lang));
        ImGui::PopFont();
        ImGui::TextUnformatted(tr("map.schematic_notice", lang));
    }
    if (const auto& source = model.provenance) {
        ImGui::TextUnformatted(geo::describe_map_source(*source, lang, source->imported_at.substr(0, 10)).c_str());
        ImGui::TextDisabled("%s", geo::map_credit(*source, lang).c_str());
    }
    if (in.can_edit) ImGui::TextDisabled("%s", tr("map.import_howto", lang));
    ImGui::PopTextWrapPos();
    if (!in.can_edit) return;  // a read-only monitor or a snapshot keeps its map
    ImGui::BeginDisabled(load.busy());
    if (ImGui::Button(tr("map.load_official", lang))) load.choose_file();
    target("map.load_official");
    if (model.provenance && !model.provenance->shipped()) {
        if (ImGui::Button(tr("map.reset_shipped", lang))) load.reset_to_shipped();
        target("map.reset_shipped");
    }
    ImGui::EndDisabled();
    if (load.busy()) {
        ImGui::TextDisabled("%s", tr("map.import_busy", lang));
        if (load.total() > 0) {
            const double mib = 1048576.0;
            const std::string of = fill(tr("map.import_progress", lang),
                                        {std::to_string(int(std::lround(load.sent() / mib))),
                                         std::to_string(int(std::lround(load.total() / mib)))});
            ImGui::ProgressBar(float(load.sent() / load.total()), ImVec2(-1, 0), of.c_str());
            target("map.import_progress");
        }
    }
    if (load.note().empty()) return;
    ImGui::PushTextWrapPos(0);
    ImGui::PushStyleColor(ImGuiCol_Text, load.failed() ? palette().error : palette().ok);
    const auto& args = load.note_args();
    const std::string_view none;
    ImGui::TextUnformatted(
        fill(tr(load.note(), lang), {args.size() > 0 ? std::string_view(args[0]) : none, args.size() > 1 ? std::string_view(args[1]) : none})
            .c_str());
    ImGui::PopStyleColor();
    int shown = 0;
    for (const auto& problem : decode_error_body(load.refusal(), lang).problems) {
        if (++shown > 8) break;
        ImGui::Bullet();
        ImGui::TextWrapped("%s", problem.message.c_str());
    }
    ImGui::PopTextWrapPos();
}

} // namespace

void map_legend(const MapInput& in, const MapModel& model, MapChoices& choices) {
    const Lang lang = in.lang;
    const float ui = in.ui_scale;
    const float sw = ImGui::GetTextLineHeight();
    // A colour sample as tall as a text line, centred on a widget's row.
    const float row = ImGui::GetFrameHeight();
    auto swatch = [&](ImU32 colour, ImU32 stripes = 0) {
        const ImVec2 c = ImGui::GetCursorScreenPos();
        const ImVec2 a(c.x, c.y + (row - sw) / 2), b(a.x + sw * 1.4f, a.y + sw);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(a, b, colour);
        if (stripes) {
            dl->PushClipRect(a, b, true);
            for (float x = -sw; x < sw * 1.4f; x += sw / 2)
                dl->AddLine(ImVec2(a.x + x, b.y), ImVec2(a.x + x + sw, a.y), stripes, 0.18f * sw);
            dl->PopClipRect();
        }
        dl->AddRect(a, b, kMapBorderDark);
        ImGui::Dummy(ImVec2(sw * 1.4f, row));
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
    };
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 300 * ui);
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr(choices.colouring == MapColouring::scale ? "map.mode_scale" : "map.mode_shared", lang));
    ImGui::PopFont();
    if (choices.colouring == MapColouring::scale) {
        for (std::size_t s = 0; s < kMapScaleCount; ++s) {
            int n = 0;
            for (const auto& p : in.dataset.partnerships)
                if (p.scale == kMapScales[s].scale && matches(in.filter, p, in.dataset)) ++n;
            swatch(scale_fill(s));
            const std::string label = std::string(kMapScales[s].code) + "  " + scale_label(kMapScales[s].scale, lang) +
                                      "  (" + std::to_string(n) + ")";
            bool on = choices.scale_on[s];
            if (ImGui::Checkbox(label.c_str(), &on)) choices.scale_on[s] = on;
            target(std::string("map.scale.") + kMapScales[s].code);
        }
        swatch(scale_fill(0), scale_fill(2));
        ImGui::TextUnformatted(tr("map.legend_overlap", lang));
        swatch(kMapNeutralFill);
        ImGui::TextUnformatted(tr("map.legend_no_scale", lang));
        ImGui::TextDisabled("%s", tr("map.legend_scale_hint", lang));
    } else {
        for (const auto& c : model.count_classes) {
            swatch(c.colour);
            ImGui::TextUnformatted(c.label.c_str());
        }
        swatch(kMapHofFill);
        ImGui::TextUnformatted(fill(tr("map.legend_hvt", lang), {std::to_string(model.shown_total)}).c_str());
        ImGui::TextDisabled("%s", tr("map.legend_shared_hint", lang));
    }
    swatch(kMapContextFill);
    ImGui::TextUnformatted(tr("map.legend_context", lang));
    if (!in.filter.empty())
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().accent), "%s",
                           fill(tr("map.filtered", lang), {std::to_string(model.shown_total),
                                                           std::to_string(in.dataset.partnerships.size())})
                               .c_str());
    ImGui::PopTextWrapPos();
}

void map_panel(const MapInput& in, const MapModel& model, MapChoices& choices, MapCanvas& canvas, MapLoad& load,
               MapEvents& ev) {
    ImGui::PushFont(fonts().title);
    ImGui::TextUnformatted(tr("map.title", in.lang));
    ImGui::PopFont();
    ImGui::TextUnformatted(tr("map.colour_by", in.lang));
    int mode = int(choices.colouring);
    ImGui::RadioButton(tr("map.mode_scale", in.lang), &mode, 0);
    target("map.mode.scale");
    ImGui::SameLine();
    ImGui::RadioButton(tr("map.mode_shared", in.lang), &mode, 1);
    target("map.mode.shared");
    choices.colouring = MapColouring(mode);
    ImGui::Separator();
    if (canvas.legend_in_panel()) {
        ImGui::BeginGroup();
        map_legend(in, model, choices);
        ImGui::EndGroup();
        canvas.legend_measured(ImGui::GetItemRectSize(), ev);
        ImGui::Separator();
    }
    panel_selection(in, model, choices, ev);
    ImGui::Separator();
    panel_source(in, model, load);
}

} // namespace swm::web
