// Safety and diagnostics around parsing untrusted JSON.
//
// Nesting depth is checked before parsing: nlohmann's tree is destroyed
// recursively, so "[[[[...]]]]" a million deep could exhaust the stack (in
// the browser too); no valid map needs more than a handful of levels.
#pragma once
#include "core/geo/geo_error.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>

namespace swm::geo {

// False when arrays/objects nest deeper than max_depth (strings skipped).
bool json_nesting_ok(std::string_view text, int max_depth);

// For text that failed to parse: where, as "regel 3, kolom 17" /
// "line 3, column 17", and the token the parser stopped at.
struct JsonErrorPlace {
    std::string nl;
    std::string en;
    std::string token;             // at most 40 characters
    bool number_overflow = false;  // a number like 1e999: not finite as a double
};
JsonErrorPlace json_error_place(std::string_view text);

// Parses untrusted text into `out` with all of the above: an empty text, too
// deep nesting, a syntax error (with line and column) or an overflowing
// number each give one error and false. Never throws.
bool parse_json_document(std::string_view text, nlohmann::json& out, GeoErrors& errors);

} // namespace swm::geo
