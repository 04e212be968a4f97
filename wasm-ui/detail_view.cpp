#include "detail_view.h"

#include "app.h"
#include "data_source.h"
#include "fonts.h"
#include "history_list.h"
#include "theme.h"
#include "ui_text.h"
#include "widgets.h"

#include "core/text.h"

#include "imgui.h"

namespace swm::web {
namespace {

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

std::string names_of(const std::vector<std::string>& ids, const Dataset& d) {
    std::vector<std::string> names;
    for (const auto& id : ids) {
        const Organisation* o = d.organisation(id);
        names.push_back(o ? o->name : id);
    }
    return join(names);
}

std::string motive_labels(const Partnership& p) {
    std::vector<std::string> labels;
    for (Motive m : p.motives.categories) labels.push_back(label_of(m));
    return join(labels);
}

std::string legal_form_label(const Partnership& p) {
    std::string out = label_of(p.legal_form.category);
    if (p.legal_form.gr_kind) out += " – " + label_of(*p.legal_form.gr_kind);
    return out;
}

// A row of the fields table: label, the structured value, the source's words.
void row(const char* label, const std::string& value, const std::string& source = {}) {
    field_row(label, value);
    ImGui::TableNextColumn();
    if (!source.empty()) muted(source);
}

// The value, with what the source does not say under it in the accent colour.
void row_with_note(const char* label, const std::string& value, const std::string& note, const std::string& source = {}) {
    field_row(label, value);
    if (!note.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().inferred));
        ImGui::TextWrapped("%s", note.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::TableNextColumn();
    if (!source.empty()) muted(source);
}

// Partners in groups: those the overview names, then each inferred or
// chosen group with its reason, so nobody takes an expansion for a fact.
void partners_row(const Partnership& p, const Dataset& d) {
    label_row(t("ui.field.partners"));
    const auto groups = p.partner_groups();
    for (const auto& g : groups) {
        const bool stated = g.provenance && g.provenance->is_stated();
        if (!stated) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().inferred));
        ImGui::PushFont(fonts().bold);
        ImGui::TextWrapped("%s (%d)", partner_group_title(g.provenance, ui_lang()).c_str(), int(g.ids.size()));
        ImGui::PopFont();
        if (!stated) ImGui::PopStyleColor();
        ImGui::TextWrapped("%s", names_of(g.ids, d).c_str());
        if (!stated && g.provenance) muted(g.provenance->reason);
    }
    ImGui::TableNextColumn();
    if (p.partner_count_stated) {
        muted(fill(t("provenance.count_stated"), {std::to_string(p.partner_count_stated->count), p.partner_count_stated->text}));
    }
}

void decisions_row(const Partnership& p) {
    if (p.decisions.empty()) return;
    label_row(t("ui.field.decisions"));
    std::string sources;
    for (const auto& e : p.decisions) {
        ImGui::TextWrapped("%s", fill(t("provenance.decision"), {format_peildatum(e.date), e.by, e.subject}).c_str());
        sources += (sources.empty() ? "" : "\n") + e.source_text;
    }
    ImGui::TableNextColumn();
    muted(sources);
}

void fields_table(const Partnership& p, const Dataset& d) {
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_PadOuterX;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(10, 8));
    const bool open = ImGui::BeginTable("fields", 3, flags);
    ImGui::PopStyleVar();
    if (!open) return;
    ImGui::TableSetupColumn(t("ui.detail.col_field"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 8);
    ImGui::TableSetupColumn(t("ui.detail.col_value"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(t("ui.detail.col_source"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::PushFont(fonts().bold);
    ImGui::TableHeadersRow();
    ImGui::PopFont();
    row(t("ui.field.name"), p.name);
    row(t("ui.field.description"), p.description);
    partners_row(p, d);
    row(t("ui.field.scale"), scale_label(p.scale, ui_lang()) + (p.scale ? " (" + scale_code(p.scale) + ")" : ""));
    row_with_note(t("ui.field.layer"), label_of(p.layer), provenance_note(p.layer_provenance, ui_lang()));
    const bool unknown = p.legal_form.category == LegalFormCategory::onbekend;
    row_with_note(t("ui.field.legal_form"), legal_form_label(p),
                  unknown ? std::string() : provenance_note(p.legal_form.provenance, ui_lang()), p.legal_form.text);
    row(t("ui.field.motives"), motive_labels(p), p.motives.text);
    row(t("ui.field.decided_by"), label_of(p.decided_by.category), p.decided_by.text);
    row(t("ui.field.status"), label_of(p.status));
    row(t("ui.field.start_date"), p.start_date ? format_peildatum(*p.start_date) : "");
    if (p.joined_date) row(t("ui.field.joined_date"), format_peildatum(*p.joined_date));
    row(t("ui.field.end_date"), p.end_date ? format_peildatum(*p.end_date) : "");
    decisions_row(p);
    row(t("ui.field.source"), p.source);
    row(t("ui.field.peildatum"), format_peildatum(p.peildatum));
    row(t("ui.field.revision"), std::to_string(p.revision));
    ImGui::EndTable();
}

void original_panel(const Partnership& p) {
    subheading(t("ui.field.original_text"));
    begin_panel();
    wrapped(p.original_text.empty() ? std::string("–") : p.original_text);
    end_panel();
    if (ImGui::Button(t("ui.detail.copy_original"))) ImGui::SetClipboardText(p.original_text.c_str());
    target("detail.copy_original");
    if (p.notes.empty()) return;
    subheading(t("ui.field.notes"));
    wrapped(p.notes);
}

} // namespace

void DetailView::open(int number) {
    number_ = number;
    confirm_delete_ = false;
    history_loaded_ = false;
    history_.clear();
    history_error_.clear();
    load_history(number, [this, number](Loaded<std::vector<ChangeEntry>> r) {
        if (number != number_) return;  // the person moved on
        history_loaded_ = true;
        history_error_ = r.error;
        if (r.ok()) history_ = std::move(r.value);
    });
}

void DetailView::draw(App& app, AppState& s) {
    if (link_button(t("ui.detail.back"))) app.show(View::register_list);
    target("detail.back");
    const Partnership* p = s.dataset.partnership(number_);
    if (!p) {
        muted(fill(t("ui.detail.not_found"), {std::to_string(number_)}));
        return;
    }
    ImGui::PushFont(fonts().title);
    ImGui::TextWrapped("%d. %s", p->number, p->name.c_str());
    ImGui::PopFont();
    muted(scale_label(p->scale, ui_lang()) + "  ·  " + label_of(p->layer) + "  ·  " + label_of(p->status));
    if (s.can_edit()) {
        if (ImGui::Button(t("ui.detail.edit"))) app.open_edit(p->number);
        target("detail.edit");
        ImGui::SameLine();
        if (ImGui::Button(t("ui.detail.delete"))) confirm_delete_ = true;
        target("detail.delete");
    }
    if (confirm_delete_) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_Header));
        ImGui::BeginChild("##confirm", ImVec2(0, ImGui::GetFrameHeightWithSpacing() * 2 + 24), true);
        ImGui::TextUnformatted(fill(t("ui.detail.confirm_delete"), {std::to_string(p->number), p->name}).c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().error));
        if (ImGui::Button(t("ui.detail.confirm_delete_yes"))) app.remove(p->number);
        ImGui::PopStyleColor();
        target("detail.confirm_delete");
        ImGui::SameLine();
        if (ImGui::Button(t("ui.detail.cancel"))) confirm_delete_ = false;
        ImGui::EndChild();
        ImGui::PopStyleColor();
    }
    ImGui::Dummy(ImVec2(0, 6));

    const float avail = ImGui::GetContentRegionAvail().x;
    const bool side_by_side = avail > 1000;
    ImGui::BeginChild("##fields", ImVec2(side_by_side ? avail * 0.62f : 0, 0), false);
    fields_table(*p, s.dataset);
    if (!side_by_side) {
        original_panel(*p);
        draw_history_list(history_, s.dataset, history_loaded_, history_error_);
    }
    ImGui::EndChild();
    if (!side_by_side) return;
    ImGui::SameLine(0, 24);
    ImGui::BeginChild("##side", ImVec2(0, 0), false);
    original_panel(*p);
    draw_history_list(history_, s.dataset, history_loaded_, history_error_);
    ImGui::EndChild();
}

nlohmann::json DetailView::state() const {
    nlohmann::json actors = nlohmann::json::array();
    for (const ChangeEntry& c : history_) actors.push_back(actor_label(c.actor));
    return {{"number", number_},
            {"history_actors", actors},
            {"history_loaded", history_loaded_},
            {"history", history_.size()},
            {"history_error", history_error_},
            {"confirm_delete", confirm_delete_}};
}

} // namespace swm::web
