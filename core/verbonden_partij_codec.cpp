#include "core/verbonden_partij_codec.h"

#include "core/json_fields.h"

namespace swm {
namespace {

using nlohmann::json;
using jsonf::code_or_null;
using jsonf::value_or_null;

json encode_year(const VerbondenPartijYear& y) {
    return {{"year", y.year},
            {"bestuurlijk_belang", value_or_null(y.bestuurlijk_belang)},
            {"representation", y.representation},
            {"financieel_belang", value_or_null(y.financieel_belang)},
            {"financial_interest", value_or_null(y.financial_interest)},
            {"financial_interest_kind", code_or_null(y.financial_interest_kind)},
            {"equity_start", value_or_null(y.equity_start)},
            {"equity_end", value_or_null(y.equity_end)},
            {"liabilities_start", value_or_null(y.liabilities_start)},
            {"liabilities_end", value_or_null(y.liabilities_end)},
            {"result", value_or_null(y.result)},
            {"contribution", value_or_null(y.contribution)},
            {"risks", y.risks},
            {"risk_level", code_or_null(y.risk_level)},
            {"override", value_or_null(y.is_override)},
            {"override_reason", y.override_reason},
            {"source", y.source}};
}

void read_year(jsonf::Object& o, VerbondenPartijYear& y) {
    o.integer("year", y.year, true);
    o.boolean("bestuurlijk_belang", y.bestuurlijk_belang);
    o.text("representation", y.representation);
    o.boolean("financieel_belang", y.financieel_belang);
    o.amount("financial_interest", y.financial_interest);
    o.code("financial_interest_kind", y.financial_interest_kind);
    o.amount("equity_start", y.equity_start);
    o.amount("equity_end", y.equity_end);
    o.amount("liabilities_start", y.liabilities_start);
    o.amount("liabilities_end", y.liabilities_end);
    o.amount("result", y.result);
    o.amount("contribution", y.contribution);
    o.text("risks", y.risks);
    o.code("risk_level", y.risk_level);
    o.boolean("override", y.is_override);
    o.text("override_reason", y.override_reason);
    o.text("source", y.source);
}

} // namespace

json encode_verbonden_partij(const VerbondenPartij& v) {
    json contacts = json::array();
    for (const auto& c : v.contacts) {
        contacts.push_back({{"role", std::string(to_code(c.role))}, {"name", c.name}, {"email", c.email}, {"phone", c.phone}});
    }
    json years = json::array();
    for (const auto& y : v.years) years.push_back(encode_year(y));
    return {{"group", code_or_null(v.group)},
            {"partnerships", v.partnerships},
            {"public_interest", v.public_interest},
            {"probable_reason", v.probable_reason},
            {"evaluation_due", value_or_null(v.evaluation_due)},
            {"exit_terms", v.exit_terms},
            {"contacts", contacts},
            {"years", years}};
}

json encode_verbonden_partij(const std::optional<VerbondenPartij>& v) {
    if (!v) return nullptr;
    return encode_verbonden_partij(*v);
}

ValidationErrors decode_verbonden_partij(const json& j, const std::string& path, VerbondenPartij& out) {
    ValidationErrors errors;
    {
        jsonf::Object o(errors, j, path);
        if (!o.ok()) return errors;
        o.code("group", out.group);
        o.integers("partnerships", out.partnerships);
        o.text("public_interest", out.public_interest);
        o.text("probable_reason", out.probable_reason);
        o.text("evaluation_due", out.evaluation_due);
        o.text("exit_terms", out.exit_terms);
        o.objects("contacts", out.contacts, [](jsonf::Object& co, Contact& c) {
            co.code("role", c.role, true);
            co.text("name", c.name, true);
            co.text("email", c.email);
            co.text("phone", c.phone);
        });
        o.objects("years", out.years, read_year);
    }
    return errors;
}

Dataset without_personal_data(Dataset d) {
    for (auto& o : d.organisations) {
        if (o.verbonden_partij) o.verbonden_partij->contacts.clear();
    }
    return d;
}

json without_personal_data(json dataset) {
    if (!dataset.is_object() || !dataset.contains("organisations") || !dataset["organisations"].is_array()) return dataset;
    for (auto& o : dataset["organisations"]) {
        if (o.is_object() && o.contains("verbonden_partij") && o["verbonden_partij"].is_object()) {
            o["verbonden_partij"]["contacts"] = json::array();
        }
    }
    return dataset;
}

nlohmann::json encode_verbonden_partij_update(const nlohmann::json& before, const std::optional<VerbondenPartij>& value) {
    return {{"before", before}, {"verbonden_partij", encode_verbonden_partij(value)}};
}

std::optional<VerbondenPartijUpdate> decode_verbonden_partij_update(const nlohmann::json& j) {
    if (!j.is_object() || !j.contains("before") || !j.contains("verbonden_partij")) return std::nullopt;
    return VerbondenPartijUpdate{j["before"], j["verbonden_partij"]};
}

} // namespace swm
