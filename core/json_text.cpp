#include "core/json_text.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace swm {
namespace {

// Accepts every event and remembers where parsing failed; the error arrives
// as an argument, so nothing is thrown (exceptions are off in the wasm build).
struct ErrorLocator : nlohmann::json_sax<nlohmann::json> {
    std::size_t position = 0;
    std::string message;
    std::string number;
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
        message = ex.what();
        // 406 is "number overflow"; its message quotes the number: "... parsing '1e999'".
        const auto open = message.find('\''), close = message.rfind('\'');
        if (ex.id == 406 && open != std::string::npos && close > open) number = message.substr(open + 1, close - open - 1);
        return false;
    }
};

} // namespace

int json_nesting_depth(std::string_view text) {
    int depth = 0;
    int deepest = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;  // skip the escaped character
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        if (c == '[' || c == '{') deepest = std::max(deepest, ++depth);
        if (c == ']' || c == '}') --depth;
    }
    return deepest;
}

JsonSyntaxError json_syntax_error(std::string_view text) {
    ErrorLocator locator;
    nlohmann::json::sax_parse(text.begin(), text.end(), &locator);
    JsonSyntaxError out;
    out.message = locator.message;
    out.number = locator.number;
    // The position counts the characters read, the offending one included;
    // an overflowing number is reported at its last digit: go to its first.
    const std::size_t back = out.number.empty() ? 1 : out.number.size();
    const std::size_t end = std::min(locator.position > back ? locator.position - back : 0, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++out.line;
            out.column = 1;
        } else {
            ++out.column;
        }
    }
    return out;
}

} // namespace swm
