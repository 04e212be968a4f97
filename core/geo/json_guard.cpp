#include "core/geo/json_guard.h"

#include "core/json_text.h"

#include <nlohmann/json.hpp>

namespace swm::geo {

bool json_nesting_ok(std::string_view text, int max_depth) { return json_nesting_depth(text) <= max_depth; }

JsonErrorPlace json_error_place(std::string_view text) {
    const JsonSyntaxError e = json_syntax_error(text);
    const std::string l = std::to_string(e.line), c = std::to_string(e.column);
    return {"regel " + l + ", kolom " + c, "line " + l + ", column " + c, e.number.substr(0, 40), !e.number.empty()};
}

bool parse_json_document(std::string_view text, nlohmann::json& out, GeoErrors& errors) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        errors.push_back({"", "het bestand is leeg", "the file is empty"});
        return false;
    }
    if (!json_nesting_ok(text, 64)) {
        errors.push_back({"", "geen geldige JSON: te diep genest", "not valid JSON: nested too deeply"});
        return false;
    }
    out = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (!out.is_discarded()) return true;
    const JsonErrorPlace place = json_error_place(text);
    if (place.number_overflow)
        errors.push_back({"", "getal '" + place.token + "' is geen eindig getal (" + place.nl + ")",
                          "number '" + place.token + "' is not a finite number (" + place.en + ")"});
    else
        errors.push_back({"", "geen geldige JSON (fout bij " + place.nl + ")", "not valid JSON (error at " + place.en + ")"});
    return false;
}

} // namespace swm::geo
