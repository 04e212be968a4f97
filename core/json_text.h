// Looking at JSON text before and after nlohmann parses it: how deep it
// nests (nlohmann's tree is built and destroyed recursively, so
// "[[[[...]]]]" a million deep could exhaust the stack, in the browser too)
// and, for text that failed to parse, where and why.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace swm {

// The deepest bracket nesting outside strings; a scan of the text, so that
// it needs neither recursion nor a parsed value.
int json_nesting_depth(std::string_view text);

// Why text failed to parse: nlohmann's message, the place (line and column
// from 1) of the character it stopped at and, for a number too large for a
// double ("1e999"), that number.
struct JsonSyntaxError {
    std::string message;
    std::size_t line = 1;
    std::size_t column = 1;
    std::string number;  // set only for an overflowing number
};
JsonSyntaxError json_syntax_error(std::string_view text);

} // namespace swm
