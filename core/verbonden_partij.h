// A verbonden partij in the sense of the BBV (art. 1 lid 1 b-d): an
// organisation (not a partnership) in which the municipality has both a
// bestuurlijk belang (a say through a seat in the board or voting rights)
// and a financieel belang (money it loses if the party goes bankrupt, or a
// liability if the party fails its obligations). It lives on the
// organisation it is (the openbaar lichaam a GR sets up, a foundation, a
// company), lists the partnerships that concern it, and holds per year what
// the budget's paragraph verbonden partijen (BBV art. 15) reports.
//
// Amounts are whole euros (never floating point); an unknown figure is
// empty, never zero.
#pragma once
#include "core/enum_codes.h"
#include "core/validation_error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace swm {

// The groups of BBV art. 15 lid 2, in the order a budget prints them.
enum class BbvGroup { gemeenschappelijke_regelingen, vennootschappen_en_cooperaties, stichtingen_en_verenigingen, overige };

template <>
struct EnumTraits<BbvGroup> {
    static constexpr std::string_view label_prefix = "bbv_group";
    static constexpr std::array<std::pair<BbvGroup, std::string_view>, 4> codes = {{
        {BbvGroup::gemeenschappelijke_regelingen, "gemeenschappelijke_regelingen"},
        {BbvGroup::vennootschappen_en_cooperaties, "vennootschappen_en_cooperaties"},
        {BbvGroup::stichtingen_en_verenigingen, "stichtingen_en_verenigingen"},
        {BbvGroup::overige, "overige"},
    }};
};

// The two kinds of financieel belang BBV art. 1 lid 1 c names.
enum class FinancialInterestKind { ter_beschikking_gesteld, aansprakelijkheid };

template <>
struct EnumTraits<FinancialInterestKind> {
    static constexpr std::string_view label_prefix = "financial_interest";
    static constexpr std::array<std::pair<FinancialInterestKind, std::string_view>, 2> codes = {{
        {FinancialInterestKind::ter_beschikking_gesteld, "ter_beschikking_gesteld"},
        {FinancialInterestKind::aansprakelijkheid, "aansprakelijkheid"},
    }};
};

// Sets how closely the council follows the party.
enum class RiskLevel { laag, middel, hoog };

template <>
struct EnumTraits<RiskLevel> {
    static constexpr std::string_view label_prefix = "risk_level";
    static constexpr std::array<std::pair<RiskLevel, std::string_view>, 3> codes = {{
        {RiskLevel::laag, "laag"},
        {RiskLevel::middel, "middel"},
        {RiskLevel::hoog, "hoog"},
    }};
};

enum class ContactRole { ambtelijk, portefeuillehouder, griffie };

template <>
struct EnumTraits<ContactRole> {
    static constexpr std::string_view label_prefix = "contact_role";
    static constexpr std::array<std::pair<ContactRole, std::string_view>, 3> codes = {{
        {ContactRole::ambtelijk, "ambtelijk"},
        {ContactRole::portefeuillehouder, "portefeuillehouder"},
        {ContactRole::griffie, "griffie"},
    }};
};

// Personal data: left out of the offline snapshot and of exports for others
// unless the user includes them.
struct Contact {
    ContactRole role = ContactRole::ambtelijk;
    std::string name;
    std::string email;
    std::string phone;

    friend bool operator==(const Contact& a, const Contact& b) {
        return a.role == b.role && a.name == b.name && a.email == b.email && a.phone == b.phone;
    }
    friend bool operator!=(const Contact& a, const Contact& b) { return !(a == b); }
};

// What the paragraph reports for one budget or accounts year.
struct VerbondenPartijYear {
    int year = 0;
    std::optional<bool> bestuurlijk_belang;  // nullopt: not established
    std::string representation;              // who represents the municipality, in which body, votes or share
    std::optional<bool> financieel_belang;
    std::optional<std::int64_t> financial_interest;  // euros
    std::optional<FinancialInterestKind> financial_interest_kind;
    std::optional<std::int64_t> equity_start, equity_end;            // eigen vermogen, euros
    std::optional<std::int64_t> liabilities_start, liabilities_end;  // vreemd vermogen, euros
    std::optional<std::int64_t> result;                              // financial result, euros
    std::optional<std::int64_t> contribution;                        // the municipality's contribution, euros
    std::string risks;
    std::optional<RiskLevel> risk_level;
    std::optional<bool> is_override;  // the derived answer overridden...
    std::string override_reason;      // ...for this reason (required with an override)
    std::string source;               // the budget or accounts the figures come from

    friend bool operator==(const VerbondenPartijYear& a, const VerbondenPartijYear& b);
    friend bool operator!=(const VerbondenPartijYear& a, const VerbondenPartijYear& b) { return !(a == b); }
};

struct VerbondenPartij {
    std::optional<BbvGroup> group;
    std::vector<int> partnerships;        // the register's partnerships that concern it
    std::string public_interest;          // the openbaar belang it serves
    std::string probable_reason;          // why it is probably one, before the figures are known
    std::optional<std::string> evaluation_due;  // "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    std::string exit_terms;               // terms and consequences of leaving
    std::vector<Contact> contacts;
    std::vector<VerbondenPartijYear> years;

    const VerbondenPartijYear* year(int y) const;

    friend bool operator==(const VerbondenPartij& a, const VerbondenPartij& b);
    friend bool operator!=(const VerbondenPartij& a, const VerbondenPartij& b) { return !(a == b); }
};

// Whether it is a verbonden partij in `year`: the override when given, else
// both belangen (BBV art. 1); nullopt while either is not established.
std::optional<bool> is_verbonden_partij(const VerbondenPartij& v, int year);

} // namespace swm

namespace swm {

struct Dataset;

// The rules on a decoded value, with fields under `path`
// ("organisations[7].verbonden_partij.years[0].override_reason"). Given a
// dataset, the linked partnerships must exist in it.
ValidationErrors validate_verbonden_partij(const VerbondenPartij& v, const std::string& path, const Dataset* dataset);

} // namespace swm
