// Changes to organisations through the host's API (POST, PUT, merge), with
// the answers sorted as edits.h does for partnerships: the stored record,
// the host's field messages (422), or the record as it now is (409).
#pragma once
#include "edits.h"

#include "core/organisation.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace swm::web {

struct OrganisationWriteResult {
    int status = 0;                           // HTTP status; 0: host unreachable
    std::optional<Organisation> organisation; // the stored record
    std::vector<HostFieldError> fields;       // 422
    std::optional<Organisation> current;      // 409 stale_revision: as stored now
    std::string error;                        // readable, in the UI language; empty on success

    bool ok() const { return status >= 200 && status < 300 && error.empty(); }
    bool stale() const { return status == 409 && current.has_value(); }
};

using OrganisationWriteFn = std::function<void(OrganisationWriteResult)>;

// Creates `o` (create == true) or updates it, based on o.revision (an end
// date ends it).
void save_organisation(const Organisation& o, bool create, OrganisationWriteFn done);
// Merges `source` (at `revision`) into `into`; its partnerships move along.
void request_merge(const std::string& source, int revision, const std::string& into,
                        const std::optional<std::string>& end_date, OrganisationWriteFn done);

} // namespace swm::web
