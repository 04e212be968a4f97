#include "verbonden_partij_form.h"

#include "api_client.h"
#include "app.h"
#include "data_source.h"
#include "fonts.h"
#include "theme.h"
#include "ui_text.h"
#include "web_platform.h"
#include "widgets.h"

#include "core/json_codec.h"
#include "core/money.h"
#include "core/text.h"
#include "core/verbonden_partij_codec.h"

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>

namespace swm::web {
namespace {

std::string amount_text(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : ""; }

// Whole euros as typed: dots and spaces as thousands separators are allowed;
// "" is no figure; anything else is refused (false).
bool parse_amount(const std::string& text, std::optional<std::int64_t>& out) {
    std::string digits;
    for (char c : trim(text)) {
        if (c == '.' || c == ' ' || c == '\xE2' || c == '\x82' || c == '\xAC') continue;  // '.', ' ', '€'
        digits += c;
    }
    if (digits.empty()) {
        out.reset();
        return true;
    }
    char* end = nullptr;
    errno = 0;
    const long long v = std::strtoll(digits.c_str(), &end, 10);
    if (errno != 0 || !end || *end != '\0') return false;
    out = v;
    return true;
}

void vp_label(const char* key) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(fonts().bold);
    ImGui::TextWrapped("%s", t(key));
    ImGui::PopFont();
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
}

void vp_text(const char* key, const char* id, std::string& value) {
    vp_label(key);
    ImGui::InputText(id, &value);
    target(std::string("vp.") + (id + 2));
}

void vp_area(const char* key, const char* id, std::string& value) {
    vp_label(key);
    wrapped_text_field(std::string("vp.") + (id + 2), value, 3);
}

// Yes / no / not established.
void vp_tristate(const char* key, const char* id, std::optional<bool>& value) {
    vp_label(key);
    const std::vector<std::string> labels = {t("ui.vp.unknown"), t("ui.vp.yes"), t("ui.vp.no")};
    int index = !value ? 0 : *value ? 1 : 2;
    if (single_choice(id, labels, index)) value = index == 0 ? std::nullopt : std::optional<bool>(index == 1);
    target(std::string("vp.") + (id + 2));
}

template <class E>
void vp_optional_enum(const char* key, const char* id, std::optional<E>& value) {
    vp_label(key);
    std::vector<std::string> labels = {t("ui.vp.not_set")};
    for (const auto& l : enum_labels<E>()) labels.push_back(l);
    const auto values = all_values<E>();
    int index = 0;
    for (std::size_t i = 0; value && i < values.size(); ++i)
        if (values[i] == *value) index = int(i) + 1;
    if (single_choice(id, labels, index)) value = index == 0 ? std::nullopt : std::optional<E>(values[std::size_t(index - 1)]);
    target(std::string("vp.") + (id + 2));
}

std::string joined_numbers(const std::vector<int>& numbers) {
    std::string out;
    for (int n : numbers) out += (out.empty() ? "" : ", ") + std::to_string(n);
    return out;
}

bool parse_numbers(const std::string& text, std::vector<int>& out) {
    out.clear();
    std::string item;
    for (char c : text + ",") {
        if (c == ',' || c == ' ') {
            if (item.empty()) continue;
            char* end = nullptr;
            const long v = std::strtol(item.c_str(), &end, 10);
            if (!end || *end != '\0') return false;
            out.push_back(int(v));
            item.clear();
        } else {
            item += c;
        }
    }
    return true;
}

} // namespace

void VerbondenPartijForm::select(const AppState& s, const std::string& id, int year) {
    const Organisation* o = s.dataset.organisation(id);
    id_ = id;
    year_ = year;
    before_ = o && o->verbonden_partij ? encode_verbonden_partij(*o->verbonden_partij) : nlohmann::json(nullptr);
    vp_ = o && o->verbonden_partij ? *o->verbonden_partij : VerbondenPartij{};
    if (!vp_.year(year)) {
        VerbondenPartijYear y;
        y.year = year;
        vp_.years.push_back(y);
    }
    const VerbondenPartijYear& y = *vp_.year(year);
    partnerships_text_ = joined_numbers(vp_.partnerships);
    interest_text_ = amount_text(y.financial_interest);
    equity_start_text_ = amount_text(y.equity_start);
    equity_end_text_ = amount_text(y.equity_end);
    liabilities_start_text_ = amount_text(y.liabilities_start);
    liabilities_end_text_ = amount_text(y.liabilities_end);
    result_text_ = amount_text(y.result);
    contribution_text_ = amount_text(y.contribution);
    evaluation_text_ = vp_.evaluation_due.value_or("");
    errors_.clear();
    save_error_.clear();
}

void VerbondenPartijForm::save(App& app) {
    AppState& s = app.state_;
    s.save = SaveStatus::saving;
    const std::string id = id_;
    // A year nobody filled in is not stored.
    VerbondenPartij value = vp_;
    value.years.erase(std::remove_if(value.years.begin(), value.years.end(),
                                     [](const VerbondenPartijYear& y) {
                                         VerbondenPartijYear empty;
                                         empty.year = y.year;
                                         return y == empty;
                                     }),
                      value.years.end());
    api_request("PUT", "/api/organisations/" + id + "/verbonden_partij", encode_verbonden_partij_update(before_, value).dump(),
                [this, &app, id](int status, const std::string& text) {
                    auto r = read_response(status, text);
                    AppState& st = app.state_;
                    if (!r.ok()) {
                        st.save = SaveStatus::failed;
                        st.save_error = r.error;
                        save_error_ = r.error;
                        return;
                    }
                    st.save = SaveStatus::saved;
                    save_error_.clear();
                    if (const auto answer = decode_write_answer("verbonden_partij", r.value)) before_ = answer->record;
                    app.reload();
                });
}

void VerbondenPartijForm::draw(App& app, AppState& s, int year) {
    // The parties: organisations holding one, in register order.
    std::vector<const Organisation*> parties, others;
    for (const auto& o : s.dataset.organisations) {
        if (o.kind == OrganisationKind::gemeente) continue;
        (o.verbonden_partij ? parties : others).push_back(&o);
    }
    if (parties.empty()) muted(t("ui.vp.none"));
    else if (ImGui::Button(t("ui.vp.download_csv"))) download("/api/verbonden_partijen.csv");
    target("vp.download_csv");
    for (const Organisation* o : parties) {
        const auto is = is_verbonden_partij(*o->verbonden_partij, year);
        const std::string status = is == true ? t("ui.vp.status_yes") : is == false ? t("ui.vp.status_no") : t("ui.vp.status_probable");
        const std::string text = o->name + " \xE2\x80\x94 " + status;
        if (ImGui::Selectable(text.c_str(), id_ == o->id)) select(s, o->id, year);
        target("vp.party." + o->id);
    }
    if (s.can_edit() && !others.empty()) {
        std::vector<std::string> names;
        for (const Organisation* o : others) names.push_back(o->name);
        add_choice_ = std::clamp(add_choice_, 0, int(names.size()) - 1);
        ImGui::SetNextItemWidth(320);
        single_choice("##vp_add_choice", names, add_choice_);
        target("vp.add_choice");
        ImGui::SameLine();
        if (ImGui::Button(t("ui.vp.add"))) select(s, others[std::size_t(add_choice_)]->id, year);
        target("vp.add");
    }
    if (id_.empty()) return;
    if (year_ != year) select(s, id_, year);
    const Organisation* o = s.dataset.organisation(id_);
    if (!o) return;
    subheading(fill(t("ui.vp.form_title"), {o->name, std::to_string(year)}).c_str());
    if (!vp_.probable_reason.empty()) muted(vp_.probable_reason);
    VerbondenPartijYear& y = *const_cast<VerbondenPartijYear*>(vp_.year(year));
    bool amounts_ok = true;
    if (ImGui::BeginTable("##vp_form", 2, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 2.4f);
        vp_optional_enum<BbvGroup>("ui.vp.group", "##group", vp_.group);
        vp_text("ui.vp.partnerships", "##partnerships", partnerships_text_);
        vp_area("ui.vp.public_interest", "##public_interest", vp_.public_interest);
        vp_tristate("ui.vp.bestuurlijk_belang", "##bestuurlijk_belang", y.bestuurlijk_belang);
        vp_text("ui.vp.representation", "##representation", y.representation);
        vp_tristate("ui.vp.financieel_belang", "##financieel_belang", y.financieel_belang);
        vp_text("ui.vp.financial_interest", "##financial_interest", interest_text_);
        vp_optional_enum<FinancialInterestKind>("ui.vp.financial_interest_kind", "##financial_interest_kind", y.financial_interest_kind);
        vp_text("ui.vp.equity_start", "##equity_start", equity_start_text_);
        vp_text("ui.vp.equity_end", "##equity_end", equity_end_text_);
        vp_text("ui.vp.liabilities_start", "##liabilities_start", liabilities_start_text_);
        vp_text("ui.vp.liabilities_end", "##liabilities_end", liabilities_end_text_);
        vp_text("ui.vp.result", "##result", result_text_);
        vp_text("ui.vp.contribution", "##contribution", contribution_text_);
        vp_area("ui.vp.risks", "##risks", y.risks);
        vp_optional_enum<RiskLevel>("ui.vp.risk_level", "##risk_level", y.risk_level);
        vp_tristate("ui.vp.override", "##override", y.is_override);
        vp_text("ui.vp.override_reason", "##override_reason", y.override_reason);
        vp_text("ui.vp.source", "##source", y.source);
        vp_text("ui.vp.evaluation_due", "##evaluation_due", evaluation_text_);
        vp_area("ui.vp.exit_terms", "##exit_terms", vp_.exit_terms);
        ImGui::EndTable();
    }
    for (auto [text, field] : {std::pair<std::string*, std::optional<std::int64_t>*>{&interest_text_, &y.financial_interest},
                               {&equity_start_text_, &y.equity_start}, {&equity_end_text_, &y.equity_end},
                               {&liabilities_start_text_, &y.liabilities_start}, {&liabilities_end_text_, &y.liabilities_end},
                               {&result_text_, &y.result}, {&contribution_text_, &y.contribution}}) {
        amounts_ok = parse_amount(*text, *field) && amounts_ok;
    }
    const bool numbers_ok = parse_numbers(partnerships_text_, vp_.partnerships);
    vp_.evaluation_due = trim(evaluation_text_).empty() ? std::nullopt : std::optional<std::string>(trim(evaluation_text_));

    subheading(t("ui.vp.contacts"));
    muted(t("ui.vp.contacts_hint"));
    for (std::size_t i = 0; i < vp_.contacts.size(); ++i) {
        Contact& c = vp_.contacts[i];
        ImGui::PushID(int(i));
        ImGui::SetNextItemWidth(200);
        enum_choice("##role", c.role);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(220);
        ImGui::InputTextWithHint("##name", t("ui.vp.contact_name"), &c.name);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(220);
        ImGui::InputTextWithHint("##email", t("ui.vp.contact_email"), &c.email);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(150);
        ImGui::InputTextWithHint("##phone", t("ui.vp.contact_phone"), &c.phone);
        ImGui::SameLine();
        const bool remove = ImGui::Button(t("ui.vp.remove_contact"));
        ImGui::PopID();
        if (remove) {
            vp_.contacts.erase(vp_.contacts.begin() + long(i));
            break;
        }
    }
    if (ImGui::Button(t("ui.vp.add_contact"))) vp_.contacts.push_back({});
    target("vp.add_contact");

    errors_ = validate_verbonden_partij(vp_, "", &s.dataset);
    if (!amounts_ok) errors_.push_back({"", "ui.vp.amount_malformed", ""});
    if (!numbers_ok) errors_.push_back({"partnerships", "ui.vp.numbers_malformed", ""});
    for (const auto& e : errors_) error_line(e.describe(ui_lang()));
    if (!save_error_.empty()) error_line(save_error_);
    if (s.can_edit()) {
        ImGui::BeginDisabled(!errors_.empty());
        if (primary_button(t("ui.vp.save"))) save(app);
        ImGui::EndDisabled();
        target("vp.save");
    }
}

nlohmann::json VerbondenPartijForm::state() const {
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& e : errors_) errors.push_back({{"field", e.field}, {"key", e.key}});
    return {{"selected", id_}, {"year", year_}, {"value", id_.empty() ? nlohmann::json() : encode_verbonden_partij(vp_)},
            {"errors", errors}, {"save_error", save_error_}};
}

} // namespace swm::web
