// Valid registers that differ from the default one in every field a user can
// fill: seeded, so a failure names the seed that shows it. Texts mix Dutch
// diacritics, quotes, semicolons, line breaks, markup, formula starts,
// U+2028/U+2029, emoji and very long runs; codes, dates and partners are
// drawn from what the contract allows. Each generated record passes core's
// rules (a draw that breaks one is drawn again).
#pragma once
#include "native-host/register_service.h"

#include "core/validation.h"

#include <random>
#include <string>
#include <vector>

namespace swm::test {

class DatasetGenerator {
public:
    explicit DatasetGenerator(uint32_t seed) : rng_(seed) {}

    Dataset next() {
        Dataset d = base();
        d.source = text(300);
        d.notes = {text(200), text(600)};
        d.strategy.notes.clear();
        for (auto& o : d.organisations) {
            o.name = name();
            o.notes = chance(2) ? text(400) : "";
            o.aliases = chance(3) ? std::vector<std::string>{name()} : std::vector<std::string>{};
        }
        for (auto& p : d.partnerships) p = partnership(p, d);
        // Some records added, some gone, so numbers differ from the seed's.
        if (chance(2)) {
            Partnership extra = partnership(d.partnerships.front(), d);
            extra.number = 100 + int(pick(900));
            d.partnerships.push_back(extra);
        }
        if (chance(2)) d.partnerships.erase(d.partnerships.begin() + long(pick(d.partnerships.size())));
        // Verbonden partijen on the seed's own and on some other bodies, each
        // field filled, linked to partnerships that are still there.
        for (auto& o : d.organisations) {
            if (o.verbonden_partij || (o.kind != OrganisationKind::gemeente && chance(6)))
                o.verbonden_partij = verbonden_partij(d);
        }
        return d;
    }

    // A different valid name, for an edit.
    std::string edit_name() { return utf8_limit("Bewerkt " + text(80), kMaxNameLength); }

private:
    std::mt19937 rng_;

    static const Dataset& base() {
        static const Dataset d = default_dataset();
        return d;
    }

    size_t pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng_); }
    bool chance(int one_in) { return pick(size_t(one_in)) == 0; }

    std::string text(size_t max_pieces) {
        static const char* const kPieces[] = {
            "Zoë", " Financiën", " coöperatie", " café", " één", "ĳs", " €", " 😀", "\"aanhalingstekens\"", "'", "; ", ";",
            "\n", "\r\n", "\t", "  ", "<!--<script>", "</script>", "<b>vet</b>", "&amp;", " & ", "\xE2\x80\xA8",
            "\xE2\x80\xA9", "=SOM(A1)", "-5", "+31", "@allen", "\\", "{\"a\":1}", "[]", " Hof van Twente", " Goor", " Twente",
            " samenwerking", ",", ".", " (nr. 4)", "%20", "ß", " Ærø", "\x01", " "};
        std::string out;
        const size_t n = chance(8) ? 400 + pick(max_pieces) : pick(12);
        for (size_t i = 0; i < n; ++i) out += kPieces[pick(std::size(kPieces))];
        return utf8_limit(out, kMaxTextLength);
    }

    std::string name() {
        std::string n;
        do n = utf8_limit(text(40), kMaxNameLength);
        while (n.find_first_not_of(" \t\r\n") == std::string::npos);
        return n;
    }

    static std::string utf8_limit(const std::string& s, size_t max_chars) {
        size_t bytes = 0, chars = 0;
        while (bytes < s.size() && chars < max_chars) {
            ++bytes;
            while (bytes < s.size() && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80) ++bytes;
            ++chars;
        }
        return s.substr(0, bytes);
    }

    template <class E> E any_code() {
        const auto& codes = EnumTraits<E>::codes;
        return codes[pick(codes.size())].first;
    }

    std::optional<std::string> date() {
        if (chance(3)) return std::nullopt;
        const std::string year = std::to_string(1990 + pick(40));
        if (chance(3)) return year;
        char month[3];
        std::snprintf(month, sizeof month, "%02d", int(1 + pick(12)));
        if (chance(2)) return year + "-" + month;
        char day[3];
        std::snprintf(day, sizeof day, "%02d", int(1 + pick(28)));
        return year + "-" + month + "-" + day;
    }

    std::optional<int64_t> amount() {
        if (chance(4)) return std::nullopt;
        return int64_t(pick(2'000'000'000)) - (chance(5) ? 1'000'000'000 : 0);
    }

    std::optional<bool> maybe() { return chance(3) ? std::nullopt : std::optional<bool>(chance(2)); }

    VerbondenPartij verbonden_partij(const Dataset& d) {
        for (;;) {
            VerbondenPartij v;
            if (!chance(4)) v.group = any_code<BbvGroup>();
            for (const auto& p : d.partnerships)
                if (chance(8)) v.partnerships.push_back(p.number);
            v.public_interest = text(200);
            v.probable_reason = text(100);
            v.evaluation_due = date();
            v.exit_terms = text(200);
            for (size_t i = pick(3); i > 0; --i)
                v.contacts.push_back({any_code<ContactRole>(), name(), text(6), text(4)});
            for (size_t i = pick(3); i > 0; --i) {
                VerbondenPartijYear y;
                y.year = int(2000 + pick(101));
                y.bestuurlijk_belang = maybe();
                y.representation = text(60);
                y.financieel_belang = maybe();
                y.financial_interest = amount();
                if (y.financial_interest) y.financial_interest = *y.financial_interest < 0 ? -*y.financial_interest : *y.financial_interest;
                if (chance(2)) y.financial_interest_kind = any_code<FinancialInterestKind>();
                y.equity_start = amount();
                y.equity_end = amount();
                y.liabilities_start = amount();
                y.liabilities_end = amount();
                y.result = amount();
                y.contribution = amount();
                y.risks = text(200);
                if (chance(2)) y.risk_level = any_code<RiskLevel>();
                y.is_override = maybe();
                if (y.is_override) y.override_reason = name();
                y.source = text(30);
                v.years.push_back(std::move(y));
            }
            if (validate_verbonden_partij(v, "verbonden_partij", &d).empty()) return v;
        }
    }

    Partnership partnership(const Partnership& original, const Dataset& d) {
        for (int attempt = 0; attempt < 20; ++attempt) {
            Partnership p = original;
            p.name = name();
            p.description = text(600);
            p.legal_form.text = text(30);
            p.motives.text = text(30);
            p.decided_by.text = text(20);
            p.source = text(40);
            p.peildatum = "2026-0" + std::to_string(1 + pick(9));
            p.notes = text(300);
            p.original_text = text(200);
            p.revision = int(1 + pick(9));
            if (attempt < 15) {
                p.scale = chance(5) ? std::nullopt : std::optional<Scale>(any_code<Scale>());
                p.layer = any_code<TaskLayer>();
                p.status = any_code<PartnershipStatus>();
                p.decided_by.category = any_code<DecisionBody>();
                p.legal_form.category = any_code<LegalFormCategory>();
                p.legal_form.gr_kind.reset();
                if (p.legal_form.category == LegalFormCategory::gemeenschappelijke_regeling && !chance(3))
                    p.legal_form.gr_kind = any_code<GrKind>();
                p.motives.categories.clear();
                for (const auto& [m, code] : EnumTraits<Motive>::codes)
                    if (chance(3)) p.motives.categories.push_back(m);
                p.start_date = date();
                p.end_date = date();
                std::vector<std::string> partners{std::string(kHofVanTwenteId)};
                for (const auto& o : d.organisations)
                    if (o.id != kHofVanTwenteId && chance(6)) partners.push_back(o.id);
                p.partners = partners;
            }
            if (validate_partnership(p, d, p.number).empty()) return p;
        }
        return original;
    }
};

} // namespace swm::test
