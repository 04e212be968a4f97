#include "partnership_form.h"

#include "app.h"
#include "fonts.h"
#include "theme.h"
#include "ui_text.h"
#include "widgets.h"

#include "core/json_codec.h"
#include "core/text.h"
#include "core/validation.h"

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

#include <algorithm>

namespace swm::web {
namespace {

// An error belongs to a form field when its path is the field or inside it
// ("partners[2]" under "partners", "legal_form.gr_kind" under "legal_form").
bool belongs_to(const std::string& path, const char* field) {
    const std::string f = field;
    if (path.compare(0, f.size(), f) != 0) return false;
    return path.size() == f.size() || path[f.size()] == '.' || path[f.size()] == '[';
}

const char* const kFormFields[] = {"number", "name", "description", "partners", "scale", "layer", "status",
                                   "legal_form", "motives", "decided_by", "start_date", "end_date", "source",
                                   "peildatum", "notes", "original_text"};

bool shown_at_a_field(const std::string& path) {
    return std::any_of(std::begin(kFormFields), std::end(kFormFields), [&](const char* f) { return belongs_to(path, f); });
}

// Starts a labelled row of the form table; the input follows in column two.
void label_cell(const char* label) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(fonts().bold);
    ImGui::TextWrapped("%s", label);
    ImGui::PopFont();
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
}

bool text_field(const char* id, std::string& value, const char* hint = "") {
    const bool changed = ImGui::InputTextWithHint(id, hint, &value);
    target(std::string("form.") + (id + 2));
    return changed;
}

// A long text: wraps in the field, also while it is typed.
bool text_area(const char* id, std::string& value, int lines) {
    ImGui::SetNextItemWidth(-1);
    return wrapped_text_field(std::string("form.") + (id + 2), value, lines);
}

std::optional<std::string> optional_text(const std::string& s) {
    if (s.empty()) return std::nullopt;
    return s;
}

// Source wording beside a category: a muted caption over the text, which
// can be a whole sentence of the source.
void source_text(const char* id, std::string& value) {
    ImGui::TextDisabled("%s", t("ui.form.source_wording"));
    text_area(id, value, 1);
}

} // namespace

void PartnershipForm::begin_edit(const Partnership& p) {
    *this = PartnershipForm{};
    draft_ = p;
    start_date_ = p.start_date.value_or("");
    end_date_ = p.end_date.value_or("");
}

void PartnershipForm::begin_create(const Dataset& dataset) {
    *this = PartnershipForm{};
    create_ = true;
    int highest = 0;
    for (const auto& p : dataset.partnerships) highest = std::max(highest, p.number);
    draft_.number = highest + 1;
    draft_.partners = {std::string(kHofVanTwenteId)};
    draft_.peildatum = dataset.peildatum;
}

void PartnershipForm::add_partner(const std::string& id) {
    if (!draft_.has_partner(id)) draft_.partners.push_back(id);
}

void PartnershipForm::finish() {
    saving_ = false;
    conflict_.reset();
    host_errors_.clear();
    host_error_.clear();
}

void PartnershipForm::refused(const WriteResult& r) {
    saving_ = false;
    host_errors_ = r.fields;
    conflict_ = r.current;
    host_error_ = r.stale() ? std::string() : r.error;
}

Partnership PartnershipForm::assembled() const {
    Partnership p = draft_;
    p.start_date = optional_text(start_date_);
    p.end_date = optional_text(end_date_);
    return p;
}

void PartnershipForm::field_errors(const char* field) {
    for (const auto& e : errors_)
        if (belongs_to(e.field, field)) error_line(e.message(ui_lang()));
    for (const auto& e : host_errors_)
        if (belongs_to(e.field, field)) error_line(ui_lang() == Lang::en ? e.message_en : e.message_nl);
}

void PartnershipForm::draw_conflict(App& app) {
    if (!conflict_) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_Header));
    ImGui::BeginChild("##conflict", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 3 + ImGui::GetFrameHeight() + 24), true);
    ImGui::PushFont(fonts().bold);
    wrapped(t("ui.form.conflict_title"));
    ImGui::PopFont();
    wrapped(fill(t("ui.form.conflict_text"), {std::to_string(conflict_->revision)}));
    if (ImGui::Button(t("ui.form.conflict_reload"))) {
        const Partnership current = *conflict_;
        begin_edit(current);
        app.reload();
    }
    target("form.conflict_reload");
    ImGui::SameLine();
    if (ImGui::Button(t("ui.form.conflict_keep"))) {
        // Mine wins, knowingly: base the draft on the newer revision.
        draft_.revision = conflict_->revision;
        conflict_.reset();
    }
    target("form.conflict_keep");
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void PartnershipForm::draw_partners(const Dataset& d) {
    for (std::size_t i = 0; i < draft_.partners.size(); ++i) {
        const Organisation* o = d.organisation(draft_.partners[i]);
        const std::string text = (o ? o->name : draft_.partners[i]) + "  ×";
        ImGui::PushID(int(i));
        if (i > 0 && ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(text.c_str()).x + 40) ImGui::NewLine();
        if (ImGui::SmallButton(text.c_str())) {
            draft_.partner_provenance.erase(draft_.partners[i]);  // a removed partner has no provenance left
            draft_.partners.erase(draft_.partners.begin() + long(i));
            ImGui::PopID();
            return;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t("ui.form.remove_partner"));
        ImGui::PopID();
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x));
    if (ImGui::BeginCombo("##add_partner", t("ui.form.add_partner"), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##partner_search", t("ui.form.partner_search"), &partner_search_);
        // A partner the register does not know yet is made here, without
        // leaving the draft.
        if (ImGui::Selectable(t("ui.form.new_organisation"))) new_organisation_ = true;
        target("form.new_organisation");
        const std::string needle = fold_for_search(partner_search_);
        for (const Organisation& o : d.organisations) {
            if (draft_.has_partner(o.id) || o.merged_into) continue;
            if (!needle.empty() && fold_for_search(o.name).find(needle) == std::string::npos) continue;
            const std::string item = o.name + "  (" + label_of(o.kind) + ")";
            if (ImGui::Selectable(item.c_str())) {
                draft_.partners.push_back(o.id);
                partner_search_.clear();
            }
        }
        close_popup_on_escape();
        ImGui::EndCombo();
    }
    target("form.add_partner");
}

void PartnershipForm::draw_motives() {
    const auto values = all_values<Motive>();
    const int per_row = ImGui::GetContentRegionAvail().x > 700 ? 3 : 2;
    const float col = ImGui::GetContentRegionAvail().x / float(per_row);
    const float x0 = ImGui::GetCursorPosX();
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i % std::size_t(per_row) != 0) ImGui::SameLine(x0 + col * float(i % std::size_t(per_row)));
        bool on = draft_.has_motive(values[i]);
        if (ImGui::Checkbox(label_of(values[i]).c_str(), &on)) {
            auto& c = draft_.motives.categories;
            // Keep the source's order: a new motive goes last.
            if (on) c.push_back(values[i]);
            else c.erase(std::remove(c.begin(), c.end(), values[i]), c.end());
        }
        target("form.motive." + std::string(to_code(values[i])));
    }
}

void PartnershipForm::draw_fields(const Dataset& d) {
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(10, 9));
    const bool open = ImGui::BeginTable("form", 2, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX);
    ImGui::PopStyleVar();
    if (!open) return;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 9);
    ImGui::TableSetupColumn("input", ImGuiTableColumnFlags_WidthStretch);

    label_cell(t("ui.field.number"));
    if (create_) {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
        ImGui::InputInt("##number", &draft_.number, 0, 0);
        target("form.number");
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::Text("%d", draft_.number);
    }
    field_errors("number");

    label_cell(t("ui.field.name"));
    text_field("##name", draft_.name);
    field_errors("name");

    label_cell(t("ui.field.description"));
    text_area("##description", draft_.description, 3);
    field_errors("description");

    label_cell(t("ui.field.partners"));
    draw_partners(d);
    field_errors("partners");

    label_cell(t("ui.field.scale"));
    {
        std::vector<std::string> labels;
        for (Scale s : all_values<Scale>()) labels.push_back(scale_label(s, ui_lang()) + " (" + scale_code(s) + ")");
        labels.push_back(scale_label(std::nullopt, ui_lang()));
        int index = draft_.scale ? int(*draft_.scale) : int(labels.size()) - 1;
        ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x));
        if (single_choice("##scale", labels, index))
            draft_.scale = index < int(all_values<Scale>().size()) ? std::optional<Scale>(Scale(index)) : std::nullopt;
        target("form.scale");
    }
    field_errors("scale");

    label_cell(t("ui.field.layer"));
    ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x));
    enum_choice("##layer", draft_.layer);
    target("form.layer");
    field_errors("layer");

    label_cell(t("ui.field.status"));
    ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x));
    enum_choice("##status", draft_.status);
    target("form.status");
    field_errors("status");

    label_cell(t("ui.field.legal_form"));
    ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x));
    if (enum_choice("##legal_form", draft_.legal_form.category) &&
        draft_.legal_form.category != LegalFormCategory::gemeenschappelijke_regeling)
        draft_.legal_form.gr_kind.reset();  // a GR construction only exists with a GR
    target("form.legal_form");
    if (draft_.legal_form.category == LegalFormCategory::gemeenschappelijke_regeling) {
        std::vector<std::string> kinds = enum_labels<GrKind>();
        kinds.push_back(t("ui.form.gr_kind_unstated"));
        int index = draft_.legal_form.gr_kind ? int(*draft_.legal_form.gr_kind) : int(kinds.size()) - 1;
        ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x));
        if (single_choice("##gr_kind", kinds, index))
            draft_.legal_form.gr_kind =
                index < int(all_values<GrKind>().size()) ? std::optional<GrKind>(GrKind(index)) : std::nullopt;
    }
    source_text("##legal_form_text", draft_.legal_form.text);
    field_errors("legal_form");

    label_cell(t("ui.field.motives"));
    draw_motives();
    source_text("##motives_text", draft_.motives.text);
    field_errors("motives");

    label_cell(t("ui.field.decided_by"));
    ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x));
    enum_choice("##decided_by", draft_.decided_by.category);
    target("form.decided_by");
    source_text("##decided_by_text", draft_.decided_by.text);
    field_errors("decided_by");

    label_cell(t("ui.field.start_date"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    text_field("##start_date", start_date_, t("ui.form.date_hint"));
    field_errors("start_date");

    label_cell(t("ui.field.end_date"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    text_field("##end_date", end_date_, t("ui.form.date_hint"));
    field_errors("end_date");

    label_cell(t("ui.field.source"));
    text_field("##source", draft_.source);
    field_errors("source");

    label_cell(t("ui.field.peildatum"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    text_field("##peildatum", draft_.peildatum, t("ui.form.date_hint"));
    field_errors("peildatum");

    label_cell(t("ui.field.notes"));
    text_area("##notes", draft_.notes, 3);
    field_errors("notes");

    label_cell(t("ui.field.original_text"));
    text_area("##original_text", draft_.original_text, 3);
    field_errors("original_text");

    ImGui::EndTable();
}

void PartnershipForm::draw(App& app, AppState& s) {
    const Partnership p = assembled();
    errors_ = validate_partnership(p, s.dataset, create_ ? std::nullopt : std::optional<int>(p.number));

    heading(create_ ? t("ui.form.create_title") : fill(t("ui.form.edit_title"), {std::to_string(draft_.number)}).c_str());
    ImGui::BeginDisabled(!errors_.empty() || saving_ || conflict_.has_value());
    if (primary_button(t("ui.form.save"))) {
        saving_ = true;
        host_errors_.clear();
        host_error_.clear();
        app.save(p, create_);
    }
    target("form.save");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(t("ui.form.cancel"))) {
        if (create_) app.show(View::register_list);
        else app.open_detail(draft_.number);
    }
    target("form.cancel");
    ImGui::SameLine(0, 24);
    ImGui::AlignTextToFramePadding();
    if (errors_.empty()) {
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().ok), "%s", t("ui.form.valid"));
    } else {
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().error), "%s",
                           fill(t("ui.form.problems"), {std::to_string(errors_.size())}).c_str());
    }
    if (!host_error_.empty()) error_line(host_error_);
    for (const auto& e : errors_)
        if (!shown_at_a_field(e.field)) error_line(e.describe(ui_lang()));
    draw_conflict(app);
    ImGui::BeginChild("##form_fields", ImVec2(0, 0), false);
    draw_fields(s.dataset);
    ImGui::EndChild();
    if (new_organisation_) {
        new_organisation_ = false;
        app.open_organisation_create(partner_search_, true);
        partner_search_.clear();
    }
}

nlohmann::json PartnershipForm::state() const {
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& e : errors_) errors.push_back({{"field", e.field}, {"key", e.key}, {"message", e.message(Lang::nl)}});
    nlohmann::json host = nlohmann::json::array();
    for (const auto& e : host_errors_) host.push_back({{"field", e.field}, {"message", e.message_nl}});
    return {{"create", create_},
            {"saving", saving_},
            {"draft", encode_partnership(assembled())},
            {"errors", errors},
            {"host_errors", host},
            {"host_error", host_error_},
            {"conflict", conflict_ ? nlohmann::json(conflict_->revision) : nlohmann::json()}};
}

} // namespace swm::web
