// The organisations screen: every organisation that is or can be a partner,
// searchable by name, id or other name, with its kind, whether it has ended
// or was merged, in how many partnerships it takes part, and the register's
// notes on it. A row opens the organisation form (organisation_form.h).
#pragma once
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace swm::web {

class App;
struct AppState;

class OrganisationsView {
public:
    void draw(App& app, AppState& state);
    nlohmann::json state() const;

private:
    std::string search_;
    std::vector<std::string> shown_;        // ids in the order drawn
    std::vector<std::string> notes_shown_;  // ids whose notes were drawn
};

} // namespace swm::web
