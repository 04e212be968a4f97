// Core's comparison of two registers as a person reads it: what was added,
// what is no longer there, and per changed partnership each field with its
// label and old and new value in words. The snapshot comparisons and the
// import preview show it the same way.
#pragma once
#include "core/dataset_comparison.h"

#include <nlohmann/json.hpp>

#include <string>

namespace swm::web {

class App;

// `id` keeps the widgets of two lists on one screen apart; `open` makes the
// numbers links to the partnership's detail (false for a register that is
// not the current one).
void draw_comparison(const char* id, const DatasetComparison& c, App& app, bool open);

// The lines as drawn, for tests: {"added": [names], "removed": [names],
// "changed": ["Naam: old -> new", ...]}.
nlohmann::json comparison_lines(const DatasetComparison& c);

} // namespace swm::web
