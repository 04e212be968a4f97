// Small UTF-8 text helpers the rules need without a Unicode library: length
// in code points (limits are in characters, not bytes), validity (JSON and
// SQLite need valid UTF-8), search folding and message templates.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>

namespace swm {

bool is_valid_utf8(std::string_view text);

// Each byte that does not belong to a well-formed sequence becomes U+FFFD,
// so the result can always be written as JSON.
std::string replace_invalid_utf8(std::string_view text);

// Text from outside (a request's parameter, a file name) made fit to store:
// invalid bytes replaced as above, then cut to at most `max_bytes` at a
// character boundary, so neither a stray byte nor a cut can make it invalid.
std::string clean_utf8(std::string_view text, std::size_t max_bytes);
// Code points in valid UTF-8; for invalid input, a count that is still >= 0.
std::size_t utf8_length(std::string_view text);

// True when `text` holds nothing but ASCII whitespace.
bool is_blank(std::string_view text);

// `text` without ASCII whitespace at either end (cells typed in Excel).
std::string trim(std::string_view text);

// Lower case without diacritics for the Latin-1 letters Dutch uses
// ("Financiën" -> "financien"), so a search for "financien" finds it.
std::string fold_for_search(std::string_view text);

// Replaces "{0}", "{1}", ... in `pattern` by the arguments; an index without
// an argument stays as written, so a missing one is visible.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);

} // namespace swm
