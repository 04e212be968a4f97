#include "organisation_form.h"

#include "app.h"
#include "fonts.h"
#include "theme.h"
#include "ui_text.h"
#include "widgets.h"

#include "core/json_codec.h"
#include "core/organisation_merge.h"
#include "core/text.h"
#include "core/validation.h"

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

#include <algorithm>

namespace swm::web {
namespace {

bool in_field(const std::string& path, const char* field) {
    const std::string f = field;
    if (path.compare(0, f.size(), f) != 0) return false;
    return path.size() == f.size() || path[f.size()] == '.' || path[f.size()] == '[';
}

const char* const kOrganisationFields[] = {"id", "name", "kind", "cbs_code", "regions", "aliases", "notes", "end_date"};

bool at_an_organisation_field(const std::string& path) {
    return std::any_of(std::begin(kOrganisationFields), std::end(kOrganisationFields),
                       [&](const char* f) { return in_field(path, f); });
}

void organisation_label(const char* label) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(fonts().bold);
    ImGui::TextWrapped("%s", label);
    ImGui::PopFont();
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
}

bool organisation_text(const char* id, std::string& value, const char* hint = "") {
    const bool changed = ImGui::InputTextWithHint(id, hint, &value);
    target(std::string("org_form.") + (id + 2));
    return changed;
}

// A slug of the name, as the register's ids are: "Stichting Erfgoed Twente"
// -> "stichting-erfgoed-twente".
std::string slug_of(const std::string& name) {
    std::string out;
    for (char c : fold_for_search(name)) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep) out += c;
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.substr(0, kMaxIdLength);
}

std::vector<std::string> split_aliases(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(';', start), text.size());
        std::string part = text.substr(start, end - start);
        part.erase(0, part.find_first_not_of(' '));
        part.erase(part.find_last_not_of(' ') + 1);
        if (!part.empty()) out.push_back(part);
        start = end + 1;
    }
    return out;
}

std::string join_aliases(const std::vector<std::string>& aliases) {
    std::string out;
    for (const auto& a : aliases) out += (out.empty() ? "" : "; ") + a;
    return out;
}

std::optional<std::string> unless_empty(const std::string& s) {
    if (s.empty()) return std::nullopt;
    return s;
}

int partnerships_with(const Dataset& d, const std::string& id) {
    return int(std::count_if(d.partnerships.begin(), d.partnerships.end(), [&](const Partnership& p) { return p.has_partner(id); }));
}

} // namespace

void OrganisationForm::begin_create(const std::string& name, bool for_partner) {
    *this = OrganisationForm{};
    create_ = true;
    for_partner_ = for_partner;
    draft_.name = name;
    draft_.kind = OrganisationKind::stichting;
    draft_.id = slug_of(name);
}

void OrganisationForm::begin_edit(const Organisation& o) {
    *this = OrganisationForm{};
    draft_ = o;
    id_typed_ = true;
    stored_municipality_ = o.kind == OrganisationKind::gemeente;
    cbs_code_ = o.cbs_code.value_or("");
    end_date_ = o.end_date.value_or("");
    aliases_ = join_aliases(o.aliases);
}

void OrganisationForm::finish() {
    saving_ = false;
    confirm_merge_ = false;
    conflict_.reset();
    host_errors_.clear();
    host_error_.clear();
}

void OrganisationForm::refused(const OrganisationWriteResult& r) {
    saving_ = false;
    confirm_merge_ = false;
    host_errors_ = r.fields;
    conflict_ = r.current;
    host_error_ = r.stale() ? std::string() : r.error;
}

Organisation OrganisationForm::assembled() const {
    Organisation o = draft_;
    const bool municipality = o.kind == OrganisationKind::gemeente;
    o.cbs_code = municipality ? unless_empty(cbs_code_) : std::nullopt;
    if (create_ && municipality) o.id = cbs_code_;  // a municipality's id is its CBS code
    o.end_date = unless_empty(end_date_);
    o.aliases = split_aliases(aliases_);
    return o;
}

void OrganisationForm::field_errors(const char* field) {
    for (const auto& e : errors_)
        if (in_field(e.field, field)) error_line(e.message(ui_lang()));
    for (const auto& e : host_errors_)
        if (in_field(e.field, field)) error_line(ui_lang() == Lang::en ? e.message_en : e.message_nl);
}

void OrganisationForm::draw_regions() {
    for (Scale s : all_values<Scale>()) {
        if (!is_region(s)) continue;
        bool on = std::find(draft_.regions.begin(), draft_.regions.end(), s) != draft_.regions.end();
        const std::string label = scale_label(s, ui_lang()) + " (" + scale_code(s) + ")";
        if (ImGui::Checkbox(label.c_str(), &on)) {
            auto& r = draft_.regions;
            if (on) r.push_back(s);
            else r.erase(std::remove(r.begin(), r.end(), s), r.end());
        }
        target("org_form.region." + scale_code(s));
        ImGui::SameLine(0, 24);
    }
    ImGui::NewLine();
}

void OrganisationForm::draw_fields(const Dataset& d) {
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(10, 9));
    const bool open = ImGui::BeginTable("org_form", 2, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX);
    ImGui::PopStyleVar();
    if (!open) return;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 9);
    ImGui::TableSetupColumn("input", ImGuiTableColumnFlags_WidthStretch);

    organisation_label(t("ui.field.name"));
    if (organisation_text("##name", draft_.name) && create_ && !id_typed_) draft_.id = slug_of(draft_.name);
    field_errors("name");

    organisation_label(t("ui.org.field_kind"));
    ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x));
    // A municipality's id is its CBS code, so that kind is fixed once stored.
    ImGui::BeginDisabled(!create_ && stored_municipality_);
    enum_choice("##kind", draft_.kind);
    ImGui::EndDisabled();
    target("org_form.kind");
    field_errors("kind");

    const bool municipality = draft_.kind == OrganisationKind::gemeente;
    if (municipality) {
        organisation_label(t("ui.org.field_cbs"));
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
        ImGui::BeginDisabled(!create_ && stored_municipality_);
        organisation_text("##cbs_code", cbs_code_, t("ui.org.cbs_hint"));
        ImGui::EndDisabled();
        muted(t("ui.org.id_is_cbs"));
        field_errors("cbs_code");
        field_errors("id");
    } else {
        organisation_label(t("ui.org.field_id"));
        ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x));
        ImGui::BeginDisabled(!create_);
        if (organisation_text("##id", draft_.id, t("ui.org.id_hint"))) id_typed_ = true;
        ImGui::EndDisabled();
        field_errors("id");
        field_errors("cbs_code");
    }

    organisation_label(t("ui.org.field_regions"));
    draw_regions();
    field_errors("regions");

    organisation_label(t("ui.org.field_aliases"));
    organisation_text("##aliases", aliases_, t("ui.org.aliases_hint"));
    field_errors("aliases");

    organisation_label(t("ui.org.field_end_date"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    organisation_text("##end_date", end_date_, t("ui.form.date_hint"));
    if (draft_.merged_into) {
        const Organisation* into = d.organisation(*draft_.merged_into);
        muted(fill(t("ui.org.status_merged"), {into ? into->name : *draft_.merged_into}));
    }
    field_errors("end_date");

    organisation_label(t("ui.org.field_notes"));
    wrapped_text_field("org_form.notes", draft_.notes, 3);
    field_errors("notes");
    ImGui::EndTable();
}

void OrganisationForm::draw_conflict(App& app) {
    if (!conflict_) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_Header));
    ImGui::BeginChild("##org_conflict", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 3 + ImGui::GetFrameHeight() + 24), true);
    ImGui::PushFont(fonts().bold);
    wrapped(t("ui.org.conflict_title"));
    ImGui::PopFont();
    wrapped(fill(t("ui.form.conflict_text"), {std::to_string(conflict_->revision)}));
    if (ImGui::Button(t("ui.form.conflict_reload"))) {
        const Organisation current = *conflict_;
        begin_edit(current);
        app.reload();
    }
    target("org_form.conflict_reload");
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void OrganisationForm::draw_merge(App& app, const Dataset& d) {
    if (create_ || draft_.merged_into) return;
    subheading(t("ui.org.merge_title"));
    wrapped(fill(t("ui.org.merge_text"), {draft_.name}));
    const Organisation* into = d.organisation(merge_into_);
    ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x));
    if (ImGui::BeginCombo("##merge_into", into ? into->name.c_str() : t("ui.org.merge_into"), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##merge_search", t("ui.form.partner_search"), &merge_search_);
        const std::string needle = fold_for_search(merge_search_);
        for (const Organisation& o : d.organisations) {
            if (o.id == draft_.id || o.merged_into || o.ended()) continue;
            if (!needle.empty() && fold_for_search(o.name).find(needle) == std::string::npos) continue;
            if (ImGui::Selectable((o.name + "  (" + label_of(o.kind) + ")").c_str(), o.id == merge_into_)) {
                merge_into_ = o.id;
                confirm_merge_ = false;
            }
        }
        close_popup_on_escape();
        ImGui::EndCombo();
    }
    target("org_form.merge_into");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    ImGui::InputTextWithHint("##merge_date", t("ui.org.merge_date"), &merge_date_);
    target("org_form.merge_date");
    const OrganisationMerge merge{draft_.id, merge_into_, unless_empty(merge_date_), draft_.revision};
    merge_errors_ = merge_into_.empty() ? ValidationErrors{} : validate_merge(merge, d);
    for (const auto& e : merge_errors_) error_line(e.message(ui_lang()));
    ImGui::BeginDisabled(merge_into_.empty() || !merge_errors_.empty() || saving_);
    if (!confirm_merge_) {
        if (ImGui::Button(t("ui.org.merge_button"))) confirm_merge_ = true;
        target("org_form.merge");
    } else {
        wrapped(fill(t("ui.org.merge_confirm"),
                     {draft_.name, into ? into->name : merge_into_, std::to_string(partnerships_with(d, draft_.id))}));
        if (primary_button(t("ui.org.merge_yes"))) {
            saving_ = true;
            app.merge_organisation(merge);
        }
        target("org_form.merge_yes");
        ImGui::SameLine();
        if (ImGui::Button(t("ui.form.cancel"))) confirm_merge_ = false;
        target("org_form.merge_cancel");
    }
    ImGui::EndDisabled();
}

void OrganisationForm::draw(App& app, AppState& s) {
    const Organisation o = assembled();
    errors_ = validate_organisation(o, s.dataset, create_ ? std::nullopt : std::optional<std::string>(o.id));

    heading(create_ ? t("ui.org.create_title") : fill(t("ui.org.edit_title"), {draft_.name}).c_str());
    if (for_partner_) muted(t("ui.org.for_partner"));
    if (!create_) muted(fill(t("ui.org.in_partnerships"), {std::to_string(partnerships_with(s.dataset, draft_.id))}));
    ImGui::BeginDisabled(!errors_.empty() || saving_ || conflict_.has_value());
    if (primary_button(t("ui.form.save"))) {
        saving_ = true;
        host_errors_.clear();
        host_error_.clear();
        app.save_organisation(o, create_);
    }
    target("org_form.save");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(t("ui.form.cancel"))) app.close_organisation_form();
    target("org_form.cancel");
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
        if (!at_an_organisation_field(e.field)) error_line(e.describe(ui_lang()));
    draw_conflict(app);
    ImGui::BeginChild("##org_form_fields", ImVec2(0, 0), false);
    draw_fields(s.dataset);
    if (s.can_edit()) draw_merge(app, s.dataset);
    ImGui::EndChild();
}

nlohmann::json OrganisationForm::state() const {
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& e : errors_) errors.push_back({{"field", e.field}, {"key", e.key}, {"message", e.message(Lang::nl)}});
    nlohmann::json host = nlohmann::json::array();
    for (const auto& e : host_errors_) host.push_back({{"field", e.field}, {"message", e.message_nl}});
    nlohmann::json merge = nlohmann::json::array();
    for (const auto& e : merge_errors_) merge.push_back({{"field", e.field}, {"key", e.key}});
    return {{"create", create_},
            {"for_partner", for_partner_},
            {"saving", saving_},
            {"draft", encode_organisation(assembled())},
            {"errors", errors},
            {"host_errors", host},
            {"host_error", host_error_},
            {"conflict", conflict_ ? nlohmann::json(conflict_->revision) : nlohmann::json()},
            {"merge_into", merge_into_},
            {"merge_errors", merge},
            {"confirm_merge", confirm_merge_}};
}

} // namespace swm::web
