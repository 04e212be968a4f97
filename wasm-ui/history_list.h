// The history of one record as the host keeps it: when, who, what kind of
// change, and which fields changed.
#pragma once
#include <nlohmann/json.hpp>

#include <string>

namespace swm::web {

// `changes` is the host's list ({id, at, actor, action, before, after}).
void draw_history_list(const nlohmann::json& changes, bool loaded, const std::string& error);

} // namespace swm::web
