#include "core/verbonden_partij_csv.h"

#include "core/csv.h"
#include "core/register_csv.h"

namespace swm {
namespace {

std::string amount(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : std::string(); }

std::string yes_no(const std::optional<bool>& v) {
    if (!v) return {};
    return *v ? "ja" : "nee";
}

template <class E>
std::string code(const std::optional<E>& v) {
    return v ? std::string(to_code(*v)) : std::string();
}

std::string numbers(const std::vector<int>& list) {
    std::string out;
    for (int n : list) out += (out.empty() ? "" : "; ") + std::to_string(n);
    return out;
}

std::string contacts(const std::vector<Contact>& list) {
    std::string out;
    for (const auto& c : list) {
        std::string one = std::string(to_code(c.role)) + ": " + c.name;
        if (!c.email.empty()) one += " <" + c.email + ">";
        if (!c.phone.empty()) one += " " + c.phone;
        out += (out.empty() ? "" : "; ") + one;
    }
    return out;
}

} // namespace

std::string encode_verbonden_partijen_csv(const Dataset& d, bool with_contacts) {
    csv::Row header = {"organisatie_id", "organisatie", "bbv_groep", "samenwerkingsverbanden", "openbaar_belang",
                       "waarschijnlijk_omdat", "evaluatie", "uittreding", "jaar", "verbonden_partij",
                       "bestuurlijk_belang", "vertegenwoordiging", "financieel_belang", "financieel_belang_euro",
                       "soort_financieel_belang", "eigen_vermogen_begin", "eigen_vermogen_eind",
                       "vreemd_vermogen_begin", "vreemd_vermogen_eind", "resultaat", "bijdrage_gemeente",
                       "risiconiveau", "risicos", "verbonden_partij_afwijkend", "reden_afwijking", "bron"};
    if (with_contacts) header.push_back("contacten");
    std::vector<csv::Row> rows = {header};
    for (const auto& o : d.organisations) {
        if (!o.verbonden_partij) continue;
        const VerbondenPartij& v = *o.verbonden_partij;
        const csv::Row party = {csv_text_cell(o.id), csv_text_cell(o.name), code(v.group), numbers(v.partnerships),
                                csv_text_cell(v.public_interest), csv_text_cell(v.probable_reason),
                                v.evaluation_due.value_or(""), csv_text_cell(v.exit_terms)};
        // A party without figures yet still has its row, with the year empty.
        std::vector<const VerbondenPartijYear*> years;
        for (const auto& y : v.years) years.push_back(&y);
        if (years.empty()) years.push_back(nullptr);
        for (const VerbondenPartijYear* y : years) {
            csv::Row row = party;
            if (y) {
                const csv::Row figures = {std::to_string(y->year), yes_no(is_verbonden_partij(v, y->year)),
                                          yes_no(y->bestuurlijk_belang), csv_text_cell(y->representation),
                                          yes_no(y->financieel_belang), amount(y->financial_interest),
                                          code(y->financial_interest_kind), amount(y->equity_start),
                                          amount(y->equity_end), amount(y->liabilities_start),
                                          amount(y->liabilities_end), amount(y->result), amount(y->contribution),
                                          code(y->risk_level), csv_text_cell(y->risks), yes_no(y->is_override),
                                          csv_text_cell(y->override_reason), csv_text_cell(y->source)};
                row.insert(row.end(), figures.begin(), figures.end());
            } else {
                row.resize(header.size() - (with_contacts ? 1 : 0));
            }
            if (with_contacts) row.push_back(csv_text_cell(contacts(v.contacts)));
            rows.push_back(std::move(row));
        }
    }
    return csv::write(rows);
}

} // namespace swm
