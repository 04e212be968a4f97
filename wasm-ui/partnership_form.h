// Editing and creating a partnership. The draft is checked with core's
// validate_partnership() on every change, the same rules the host applies,
// and each problem is shown at its field; Save is possible only without
// problems. A refusal by the host (422 field messages, 409 someone else
// saved first) is shown with the choice to load the newer version.
#pragma once
#include "edits.h"

#include "core/partnership.h"
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

class PartnershipForm {
public:
    void begin_edit(const Partnership& p);
    void begin_create(const Dataset& dataset);
    void draw(App& app, AppState& state);
    // An organisation made from the partner picker joins the draft.
    void add_partner(const std::string& id);
    // The host stored the draft.
    void finish();
    // The host refused the draft; keeps it for another try.
    void refused(const WriteResult& result);
    nlohmann::json state() const;

private:
    Partnership draft_;
    bool create_ = false;
    bool saving_ = false;
    std::string start_date_, end_date_;  // as typed; empty means unknown
    ValidationErrors errors_;            // core's verdict on the draft as it is now
    std::vector<HostFieldError> host_errors_;
    std::optional<Partnership> conflict_;  // the version someone else saved
    std::string host_error_;
    std::string partner_search_;
    bool new_organisation_ = false;  // "nieuwe organisatie…" chosen in the picker

    Partnership assembled() const;
    void field_errors(const char* field);
    void draw_conflict(App& app);
    void draw_fields(const Dataset& dataset);
    void draw_partners(const Dataset& dataset);
    void draw_motives();
};

} // namespace swm::web
