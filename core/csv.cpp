#include "core/csv.h"

namespace swm::csv {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Looks at the first record only, outside quotes: a quoted header or first
// field may hold a line break or another locale's separator as text.
char detect_separator(std::string_view text) {
    bool quoted = false, tab = false, comma = false;
    for (const char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n') break;
        if (c == ';') return ';';
        tab = tab || c == '\t';
        comma = comma || c == ',';
    }
    if (tab) return '\t';
    if (comma) return ',';
    return ';';
}

bool is_blank(const Row& row) { return row.size() == 1 && row[0].empty(); }

} // namespace

Table parse(std::string_view text) {
    Table t;
    if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
    t.separator = detect_separator(text);
    const char sep = t.separator;

    Row row;
    std::string field;
    int line = 1;
    int row_line = 1;
    bool quoted = false;       // inside a quoted field
    bool after_quote = false;  // a quoted field closed; only sep or EOL may follow
    auto end_row = [&] {
        row.push_back(std::move(field));
        field.clear();
        if (!is_blank(row)) {
            t.rows.push_back(std::move(row));
            t.row_lines.push_back(row_line);
        }
        row.clear();
        after_quote = false;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                    after_quote = true;
                }
            } else {
                if (c == '\n') ++line;
                field += c;
            }
            continue;
        }
        if (c == sep) {
            row.push_back(std::move(field));
            field.clear();
            after_quote = false;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            end_row();
            ++line;
            row_line = line;
        } else if (c == '"' && field.empty() && !after_quote) {
            quoted = true;
        } else if (after_quote) {
            t.errors.push_back({line, "validation.csv_text_after_quote"});
            after_quote = false;
            field += c;
        } else {
            field += c;
        }
    }
    if (quoted) t.errors.push_back({row_line, "validation.csv_unclosed_quote"});
    if (!field.empty() || !row.empty() || after_quote) end_row();
    return t;
}

std::string quote_field(std::string_view field, char separator) {
    // Leading or trailing spaces are quoted too: Excel would trim them.
    const bool needs = field.find_first_of(std::string{'"', '\r', '\n', separator}) != std::string_view::npos ||
                       (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (!needs) return std::string(field);
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string write(const std::vector<Row>& rows) {
    std::string out(kBom);
    for (const Row& row : rows) {
        for (size_t i = 0; i < row.size(); ++i) {
            if (i) out += ';';
            out += quote_field(row[i]);
        }
        out += "\r\n";
    }
    return out;
}

} // namespace swm::csv
