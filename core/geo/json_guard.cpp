#include "core/geo/json_guard.h"

#include <nlohmann/json.hpp>

namespace swm::geo {
namespace {

// Accepts every event and remembers where parsing failed; the error arrives
// as an argument, so nothing is thrown (exceptions are off in the wasm build).
struct ErrorLocator : nlohmann::json_sax<nlohmann::json> {
    std::size_t position = 0;
    std::string token;
    int id = 0;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& ex) override {
        position = pos;
        id = ex.id;
        // For an overflow the message quotes the number: "... parsing '1e999'".
        const std::string what = ex.what();
        const auto open = what.find('\''), close = what.rfind('\'');
        if (id == 406 && open != std::string::npos && close > open) token = what.substr(open + 1, close - open - 1);
        return false;
    }
};

} // namespace

bool json_nesting_ok(std::string_view text, int max_depth) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;  // skip the escaped character
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '[' || c == '{') {
            if (++depth > max_depth) return false;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return true;
}

JsonErrorPlace json_error_place(std::string_view text) {
    ErrorLocator locator;
    nlohmann::json::sax_parse(text.begin(), text.end(), &locator);
    // The position counts the characters read, the offending one included;
    // an overflowing number is reported at its last digit: go to its first.
    const std::size_t back = locator.id == 406 ? locator.token.size() : 1;
    std::size_t end = locator.position > back ? locator.position - back : 0;
    end = std::min(end, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    const std::string l = std::to_string(line), c = std::to_string(column);
    // 406 is nlohmann's "number overflow" (out_of_range.406).
    return {"regel " + l + ", kolom " + c, "line " + l + ", column " + c, locator.token.substr(0, 40), locator.id == 406};
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
