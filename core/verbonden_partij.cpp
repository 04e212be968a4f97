#include "core/verbonden_partij.h"

#include "core/dataset.h"
#include "core/partial_date.h"
#include "core/text.h"
#include "core/validation.h"

#include <set>
#include <tuple>

namespace swm {

bool operator==(const VerbondenPartijYear& a, const VerbondenPartijYear& b) {
    auto t = [](const VerbondenPartijYear& y) {
        return std::tie(y.year, y.bestuurlijk_belang, y.representation, y.financieel_belang, y.financial_interest,
                        y.financial_interest_kind, y.equity_start, y.equity_end, y.liabilities_start,
                        y.liabilities_end, y.result, y.contribution, y.risks, y.risk_level, y.is_override,
                        y.override_reason, y.source);
    };
    return t(a) == t(b);
}

bool operator==(const VerbondenPartij& a, const VerbondenPartij& b) {
    auto t = [](const VerbondenPartij& v) {
        return std::tie(v.group, v.partnerships, v.public_interest, v.probable_reason, v.evaluation_due,
                        v.exit_terms, v.contacts, v.years);
    };
    return t(a) == t(b);
}

const VerbondenPartijYear* VerbondenPartij::year(int y) const {
    for (const auto& entry : years) {
        if (entry.year == y) return &entry;
    }
    return nullptr;
}

std::optional<bool> is_verbonden_partij(const VerbondenPartij& v, int year) {
    const VerbondenPartijYear* y = v.year(year);
    if (!y) return std::nullopt;
    if (y->is_override) return y->is_override;
    if (y->bestuurlijk_belang == false || y->financieel_belang == false) return false;
    if (y->bestuurlijk_belang && y->financieel_belang) return true;
    return std::nullopt;
}

} // namespace swm

namespace swm {

ValidationErrors validate_verbonden_partij(const VerbondenPartij& v, const std::string& path, const Dataset* dataset) {
    ValidationErrors errors;
    auto add = [&](const std::string& field, const char* key, std::string detail = {}) {
        errors.push_back({join_path(path, field), key, std::move(detail)});
    };
    auto text = [&](const std::string& field, const std::string& t) {
        if (!is_valid_utf8(t)) return add(field, "validation.invalid_utf8");
        if (utf8_length(t) > kMaxTextLength) add(field, "validation.text_too_long", std::to_string(kMaxTextLength));
    };
    std::set<int> linked;
    for (std::size_t i = 0; i < v.partnerships.size(); ++i) {
        const int n = v.partnerships[i];
        if (!linked.insert(n).second) add(index_path("partnerships", i), "validation.duplicate_partnership", std::to_string(n));
        if (dataset && !dataset->partnership(n)) add(index_path("partnerships", i), "validation.unknown_partnership", std::to_string(n));
    }
    text("public_interest", v.public_interest);
    text("probable_reason", v.probable_reason);
    text("exit_terms", v.exit_terms);
    if (v.evaluation_due && !parse_partial_date(*v.evaluation_due)) {
        add("evaluation_due", "validation.date_malformed", *v.evaluation_due);
    }
    for (std::size_t i = 0; i < v.contacts.size(); ++i) {
        const Contact& c = v.contacts[i];
        const std::string at = index_path("contacts", i);
        if (trim(c.name).empty()) add(at + ".name", "validation.name_missing");
        text(at + ".name", c.name);
        text(at + ".email", c.email);
        text(at + ".phone", c.phone);
    }
    std::set<int> years;
    for (std::size_t i = 0; i < v.years.size(); ++i) {
        const VerbondenPartijYear& y = v.years[i];
        const std::string at = index_path("years", i);
        if (!years.insert(y.year).second) add(at + ".year", "validation.duplicate_year", std::to_string(y.year));
        if (y.year < 2000 || y.year > 2100) add(at + ".year", "validation.year_out_of_range", std::to_string(y.year));
        if (y.is_override && trim(y.override_reason).empty()) add(at + ".override_reason", "validation.override_reason_missing");
        if (!y.is_override && !y.override_reason.empty()) add(at + ".override_reason", "validation.override_reason_without_override");
        if (y.financial_interest && *y.financial_interest < 0) {
            add(at + ".financial_interest", "validation.amount_negative", std::to_string(*y.financial_interest));
        }
        if (y.financieel_belang == false && y.financial_interest.value_or(0) > 0) {
            add(at + ".financial_interest", "validation.financial_interest_without_belang");
        }
        for (const auto& [field, t] : {std::pair<const char*, const std::string&>{"representation", y.representation},
                                       {"risks", y.risks}, {"override_reason", y.override_reason}, {"source", y.source}}) {
            text(at + "." + field, t);
        }
    }
    return errors;
}

} // namespace swm
