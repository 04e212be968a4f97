// One intergemeentelijke samenwerking in the register: the structured fields
// used for counting, filtering and the map, next to the source's own words,
// so every derived field can be checked against the original row.
#pragma once
#include "core/decision_body.h"
#include "core/legal_form.h"
#include "core/motive.h"
#include "core/partnership_status.h"
#include "core/scale.h"
#include "core/task_layer.h"

#include <optional>
#include <string>
#include <vector>

namespace swm {

struct Partnership {
    int number = 0;                        // the register's row number, unique, > 0
    std::string name;
    std::string description;
    std::vector<std::string> partners;     // organisation ids, Hof van Twente included
    std::optional<Scale> scale;            // nullopt: not geographically clustered
    LegalForm legal_form;
    Motives motives;
    DecidedBy decided_by;
    TaskLayer layer = TaskLayer::bedrijfsvoering;
    PartnershipStatus status = PartnershipStatus::lopend;
    std::optional<std::string> start_date; // "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    std::optional<std::string> end_date;
    std::string source;                    // document the record comes from
    std::string peildatum;                 // reference date of that source
    std::string notes;                     // choices made where the source was ambiguous
    std::string original_text;             // the source row's first column, verbatim
    int revision = 1;                      // managed by the host for optimistic locking

    bool has_partner(std::string_view organisation_id) const;
    bool has_motive(Motive motive) const;

    friend bool operator==(const Partnership& a, const Partnership& b);
    friend bool operator!=(const Partnership& a, const Partnership& b) { return !(a == b); }
};

} // namespace swm
