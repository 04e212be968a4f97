// One intergemeentelijke samenwerking in the register: the structured fields
// used for counting, filtering and the map, next to the source's own words,
// so every derived field can be checked against the original row.
#pragma once
#include "core/dated_event.h"
#include "core/decision_body.h"
#include "core/legal_form.h"
#include "core/motive.h"
#include "core/partnership_status.h"
#include "core/provenance.h"
#include "core/scale.h"
#include "core/task_layer.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace swm {

// A number of participants the source gives without naming them ("met 12
// Twentse gemeenten"), with the words it is given in.
struct StatedCount {
    int count = 0;
    std::string text;  // verbatim from the source

    friend bool operator==(const StatedCount& a, const StatedCount& b) { return a.count == b.count && a.text == b.text; }
    friend bool operator!=(const StatedCount& a, const StatedCount& b) { return !(a == b); }
};

// Partners that share one provenance (or none recorded), in register order:
// how the detail view and the report say which partners the source names.
struct PartnerGroup {
    std::optional<Provenance> provenance;  // nullopt: not recorded
    std::vector<std::string> ids;
};

struct Partnership {
    int number = 0;                        // the register's row number, unique, > 0
    std::string name;
    std::string description;
    std::vector<std::string> partners;     // organisation ids, Hof van Twente included
    // Per partner id: named by the source or inferred. A partner without an
    // entry has no recorded provenance (data from before it was kept).
    std::map<std::string, Provenance> partner_provenance;
    std::optional<StatedCount> partner_count_stated;
    std::optional<Scale> scale;            // nullopt: not geographically clustered
    LegalForm legal_form;
    Motives motives;
    DecidedBy decided_by;
    TaskLayer layer = TaskLayer::bedrijfsvoering;
    std::optional<Provenance> layer_provenance;  // nullopt: not recorded
    PartnershipStatus status = PartnershipStatus::lopend;
    std::optional<std::string> start_date; // the partnership began: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    std::optional<std::string> end_date;
    std::optional<std::string> joined_date;  // Hof van Twente joined (the register's "toetredingsdatum")
    std::vector<DatedEvent> decisions;       // dated decisions about the partnership, oldest first
    std::string source;                    // document the record comes from
    std::string peildatum;                 // reference date of that source
    std::string notes;                     // choices made where the source was ambiguous
    std::string original_text;             // the source row's first column, verbatim
    int revision = 1;                      // managed by the host for optimistic locking

    bool has_partner(std::string_view organisation_id) const;
    bool has_motive(Motive motive) const;
    // The provenance recorded for a partner, nullptr when none is.
    const Provenance* provenance_of(std::string_view organisation_id) const;
    // A partner the source names. Hof van Twente always is: the register is
    // its own overview.
    bool has_stated_partner(std::string_view organisation_id) const;
    // The partners counted: all, or only those the source names.
    std::vector<std::string> partners_counted(bool stated_only) const;
    // Stated partners first, then each inferred or chosen group, then the
    // unrecorded; within a group in register order.
    std::vector<PartnerGroup> partner_groups() const;
    // The legal form counted: with stated_only an inferred or chosen one
    // (or one without recorded provenance) counts as onbekend.
    LegalFormCategory legal_form_counted(bool stated_only) const;
    // The task layer counted; nullopt with stated_only unless it is stated.
    std::optional<TaskLayer> layer_counted(bool stated_only) const;

    friend bool operator==(const Partnership& a, const Partnership& b);
    friend bool operator!=(const Partnership& a, const Partnership& b) { return !(a == b); }
};

} // namespace swm
