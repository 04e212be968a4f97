// Reading a list of validation errors in tests.
#pragma once
#include "core/validation_error.h"

#include <algorithm>
#include <string>

namespace swm::test {

// Whether `errors` holds the error `key` at `field`.
inline bool has(const ValidationErrors& errors, const std::string& field, const std::string& key) {
    return std::any_of(errors.begin(), errors.end(), [&](const ValidationError& e) { return e.field == field && e.key == key; });
}

// All errors, one per line, for a failing check's message.
inline std::string list(const ValidationErrors& errors) {
    std::string out;
    for (const auto& e : errors) out += e.describe(Lang::en) + "\n";
    return out;
}

} // namespace swm::test
