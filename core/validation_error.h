// One problem with input, from decoding JSON or from checking the rules: the
// field it concerns (a JSON path such as "partnerships[3].scale"), an i18n
// key naming the problem and the offending value or limit. Host and UI show
// the same messages because both build them here.
#pragma once
#include "core/i18n.h"

#include <string>
#include <vector>

namespace swm {

struct ValidationError {
    std::string field;   // JSON path; empty for the whole document
    std::string key;     // i18n key, e.g. "validation.name_missing"
    std::string detail;  // fills "{0}" in the message: a code, a value, a limit

    // The message alone: "onbekende schaal 'XX'".
    std::string message(Lang lang) const;
    // With the field in front: "partnerships[3].scale: onbekende schaal 'XX'".
    std::string describe(Lang lang) const;

    friend bool operator==(const ValidationError& a, const ValidationError& b) {
        return a.field == b.field && a.key == b.key && a.detail == b.detail;
    }
};

using ValidationErrors = std::vector<ValidationError>;

// Joins a field path: join_path("partnerships[3]", "scale") == "partnerships[3].scale".
std::string join_path(const std::string& base, const std::string& field);
std::string index_path(const std::string& base, std::size_t index);

} // namespace swm
