// Creating and editing an organisation, ending it (an end date) and merging
// it into another. The draft is checked with core's validate_organisation()
// against the register on every change, as the host will; a merge with
// validate_merge(). Opened from a partnership's partner picker, the saved
// organisation becomes a partner of that partnership's draft.
#pragma once
#include "organisation_edits.h"

#include "core/organisation.h"
#include "core/validation_error.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace swm {
struct Dataset;
}

namespace swm::web {

class App;
struct AppState;

class OrganisationForm {
public:
    // `name` as typed in the partner picker; `for_partner` when the
    // partnership form opened it.
    void begin_create(const std::string& name, bool for_partner);
    void begin_edit(const Organisation& o);
    void draw(App& app, AppState& state);
    void finish();
    void refused(const OrganisationWriteResult& result);
    bool for_partner() const { return for_partner_; }
    nlohmann::json state() const;

private:
    Organisation draft_;
    bool create_ = false;
    bool for_partner_ = false;
    bool saving_ = false;
    bool id_typed_ = false;  // a new id follows the name until it is typed
    bool stored_municipality_ = false;
    std::string cbs_code_, end_date_, aliases_;  // as typed
    ValidationErrors errors_;
    std::vector<HostFieldError> host_errors_;
    std::optional<Organisation> conflict_;
    std::string host_error_;
    // The merge, on an existing organisation.
    std::string merge_into_, merge_date_, merge_search_;
    bool confirm_merge_ = false;
    ValidationErrors merge_errors_;

    Organisation assembled() const;
    void field_errors(const char* field);
    void draw_fields(const Dataset& dataset);
    void draw_regions();
    void draw_conflict(App& app);
    void draw_merge(App& app, const Dataset& dataset);
};

} // namespace swm::web
