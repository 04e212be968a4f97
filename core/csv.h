// CSV as Excel in a Dutch locale writes and reads it: UTF-8 with a byte order
// mark (without it Excel assumes Windows-1252 and mangles 'ë'), ';' as the
// separator (',' is the decimal sign), fields quoted when they hold the
// separator, a quote or a line break, and CRLF line ends.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace swm::csv {

using Row = std::vector<std::string>;

struct ParseError {
    int line = 0;    // 1-based physical line where the problem was seen
    std::string key;  // i18n key of the problem
};

struct Table {
    std::vector<Row> rows;
    std::vector<int> row_lines;  // physical line where each row starts, for error reports
    std::vector<ParseError> errors;
    char separator = ';';
};

// Parses `text`, skipping a leading BOM. The separator is ';' unless the first
// record holds no ';' outside quotes but does hold a tab or ',' (files saved
// from other locales). Blank lines are skipped. Never throws.
Table parse(std::string_view text);

// Writes rows with a BOM, ';' and CRLF, quoting only where needed so that a
// file opened and saved by Excel without edits compares equal.
std::string write(const std::vector<Row>& rows);

// One field as written (quoted if needed); exposed for tests.
std::string quote_field(std::string_view field, char separator = ';');

} // namespace swm::csv
