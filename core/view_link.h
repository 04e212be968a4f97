// The URL fragment that carries what is on screen, so a copied link or a
// bookmark opens exactly that screen. It is a view state (saved_view.h) in
// readable query form, e.g.
//   #view=register&status=in_onderzoek
//   #view=map&colour=choropleth&zoom=2&center=240.5,472.25&hide=Tw
// or a reference: #saved=3 (a saved view), #present or #present=7&slide=2 (a
// deck). docs/data-format.md, "URL fragment", is the contract.
#pragma once
#include "core/dataset.h"
#include "core/validation_error.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace swm {

struct ViewLink {
    enum class Kind { none, state, saved, present };
    Kind kind = Kind::none;
    nlohmann::json state;  // Kind::state: a view state that validate_view_state accepts
    long long id = 0;      // Kind::saved: the saved view; Kind::present: the deck, 0 for the first
    int slide = 1;         // Kind::present: the slide to start at, from 1
    ValidationErrors errors;  // field = the fragment's key
};

// The fragment (without '#') for a view state; keys in a fixed order, values
// percent-encoded where they must be.
std::string view_link(const nlohmann::json& state);
std::string saved_view_link(long long id);
std::string present_link(long long deck_id, int slide);

// Reads a fragment, with or without its '#'. An empty fragment is Kind::none;
// unknown keys and values are errors (and give Kind::none), so a mistyped
// link says what is wrong instead of opening something else.
ViewLink parse_view_link(std::string_view fragment, const Dataset& dataset);

} // namespace swm
