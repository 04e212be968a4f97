// The history of one record as the host keeps it: when, who, what kind of
// change, and which fields changed.
#pragma once
#include "core/change_entry.h"
#include "core/dataset.h"

#include <string>
#include <vector>

namespace swm::web {

// Who made a change, as the history shows it: an empty name is one left out
// of a file meant for others (the offline snapshot).
std::string actor_label(const std::string& actor);

// `changes` newest first; `names` gives partners their names.
void draw_history_list(const std::vector<ChangeEntry>& changes, const Dataset& names, bool loaded, const std::string& error);

} // namespace swm::web
