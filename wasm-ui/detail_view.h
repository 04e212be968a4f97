// One partnership in full: every structured field with the source's own
// wording beside it, the register row as printed, the transcription notes,
// and the record's history. Leads to editing and (confirmed) deleting.
#pragma once
#include "core/change_entry.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace swm::web {

class App;
struct AppState;

class DetailView {
public:
    // Shows partnership `number` and fetches its history.
    void open(int number);
    void draw(App& app, AppState& state);
    nlohmann::json state() const;

private:
    int number_ = 0;
    std::vector<ChangeEntry> history_;  // newest first
    std::string history_error_;
    bool history_loaded_ = false;
    bool confirm_delete_ = false;
};

} // namespace swm::web
