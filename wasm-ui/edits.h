// Changes to the register through the host's API (POST/PUT/DELETE and
// restore), with the host's answers sorted into what the UI shows: the
// stored record, the host's field messages (422), the record as it now is
// when someone else changed it first (409), or a readable error.
#pragma once
#include "core/partnership.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace swm::web {

struct HostFieldError {
    std::string field;  // relative to the partnership: "name", "partners[1]"
    std::string message_nl;
    std::string message_en;
};

// The host's field messages of a refusal, in both languages, so the form can
// show them in whichever the user picks next.
std::vector<HostFieldError> host_field_errors(const nlohmann::json& error_body);

struct WriteResult {
    int status = 0;                         // HTTP status; 0: host unreachable
    std::optional<Partnership> partnership; // stored, created, deleted or restored record
    long long change_id = 0;                // for undo
    std::vector<HostFieldError> fields;     // 422
    std::optional<Partnership> current;     // 409 stale_revision: the record as stored now
    std::string error;                      // readable, in the UI language; empty on success

    bool ok() const { return status >= 200 && status < 300 && error.empty(); }
    bool stale() const { return status == 409 && current.has_value(); }
};

using WriteFn = std::function<void(WriteResult)>;

// Creates `p` (create == true) or updates it, based on p.revision.
void save_partnership(const Partnership& p, bool create, WriteFn done);
void delete_partnership(int number, int revision, WriteFn done);
// Puts back the state from before change `change_id` (undo of a delete or edit).
void restore_change(long long change_id, WriteFn done);

} // namespace swm::web
