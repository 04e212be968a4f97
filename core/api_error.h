// The one shape of every refusal the monitor gives, from the HTTP API and
// from the command line: a stable code for programs, the message in Dutch and
// English, and what exactly was wrong (fields by JSON path, CSV cells by row
// and column). Validation, geo, host and CSV errors all end up here, so the
// UI shows the host's message in the user's language.
#pragma once
#include "core/geo/geo_error.h"
#include "core/register_csv.h"
#include "core/validation_error.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace swm {

struct ApiError {
    int status = 400;
    std::string code;         // stable: "invalid", "stale_revision", "not_found", ...
    std::string key;          // i18n key of the message
    std::string detail;       // fills "{0}"
    ValidationErrors fields;  // per field, JSON paths
    std::vector<CsvError> rows;
    nlohmann::json current = nullptr;  // the record as it is now (409)
    geo::GeoErrors map;  // a refused map file, by JSON path; the first fills "{0}"

    std::string message(Lang lang) const;
};

ApiError api_error(int status, std::string code, std::string key, std::string detail = {});
// 422 "invalid": the record was refused for these fields.
ApiError invalid_error(std::string key, ValidationErrors fields);
// 422 "invalid_map": the map file was refused; the current map stays.
ApiError map_error(geo::GeoErrors errors);

// {"error": code, "message": Dutch, "message_en": English, "key", "detail",
//  "fields": [{"field", "key", "detail", "message", "message_en"}],
//  "rows": [{"row", "column", "field", "key", "detail", "message", "message_en"}],
//  "errors": [{"path", "message", "message_en"}] (a map file),
//  "current": record (only when there is one)}
nlohmann::json encode_api_error(const ApiError& e);

// What a client makes of an error body; messages in `lang`.
struct ErrorBody {
    std::string code;
    std::string message;
    struct Problem {
        std::string field;  // JSON path, or "row 3, naam" for a CSV cell
        std::string message;
    };
    std::vector<Problem> problems;
    nlohmann::json current = nullptr;
};
ErrorBody decode_error_body(const nlohmann::json& body, Lang lang);

} // namespace swm
