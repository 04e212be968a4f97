// The verbonden partijen in the UI: which organisations are (or may be) one,
// and a form for one party's BBV fields for the calendar view's year: group,
// linked partnerships, public interest, both belangen (with an override and
// its reason), the money in whole euros, risks and their level, the
// evaluation date, the exit terms and the contacts (personal data). Checked
// by core while typing; saved with PUT /api/organisations/{id}/verbonden_partij.
#pragma once
#include "core/verbonden_partij.h"
#include "core/validation_error.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace swm::web {

class App;
struct AppState;

class VerbondenPartijForm {
public:
    void draw(App& app, AppState& s, int year);
    nlohmann::json state() const;

private:
    void select(const AppState& s, const std::string& id, int year);
    void save(App& app);

    std::string id_;                 // the organisation being edited
    int year_ = 0;
    nlohmann::json before_;          // what was read: the write is based on it
    VerbondenPartij vp_;
    // Texts of the number fields as typed ("" is no figure).
    std::string partnerships_text_, interest_text_, equity_start_text_, equity_end_text_, liabilities_start_text_,
        liabilities_end_text_, result_text_, contribution_text_, evaluation_text_;
    ValidationErrors errors_;        // from core, before saving
    std::string save_error_;
    int add_choice_ = 0;
};

} // namespace swm::web
