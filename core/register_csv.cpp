#include "core/register_csv.h"

#include "core/csv.h"
#include "core/json_codec.h"
#include "core/text.h"
#include "core/validation.h"

#include <algorithm>
#include <cstdlib>

namespace swm {
namespace {

using nlohmann::json;

// `structured`: the contract's own JSON of a nested value, so that what has
// no flat form in a spreadsheet (provenance, decisions) still comes back exactly.
enum class Cell { text, optional_text, number, partners, codes, structured };

struct Column {
    const char* header;
    const char* path;  // JSON pointer into the partnership as the codec writes it
    Cell cell;
    // Columns added after release 0.1: a file without one still reads, and
    // its value is then kept from the register's record.
    bool optional = false;
};
constexpr Column kColumns[] = {
    {"nummer", "/number", Cell::number},
    {"naam", "/name", Cell::text},
    {"omschrijving", "/description", Cell::text},
    {"partners", "/partners", Cell::partners},
    {"schaal", "/scale", Cell::optional_text},
    {"rechtsvorm", "/legal_form/category", Cell::text},
    {"gr_constructie", "/legal_form/gr_kind", Cell::optional_text},
    {"rechtsvorm_bron", "/legal_form/text", Cell::text},
    {"motieven", "/motives/categories", Cell::codes},
    {"motieven_bron", "/motives/text", Cell::text},
    {"besluit", "/decided_by/category", Cell::text},
    {"besluit_bron", "/decided_by/text", Cell::text},
    {"taaklaag", "/layer", Cell::text},
    {"status", "/status", Cell::text},
    {"startdatum", "/start_date", Cell::optional_text},
    {"einddatum", "/end_date", Cell::optional_text},
    {"bron", "/source", Cell::text},
    {"peildatum", "/peildatum", Cell::text},
    {"toelichting", "/notes", Cell::text},
    {"oorspronkelijke_tekst", "/original_text", Cell::text},
    {"partners_herkomst", "/partner_provenance", Cell::structured, true},
    {"partners_aantal_genoemd", "/partner_count_stated", Cell::structured, true},
    {"rechtsvorm_herkomst", "/legal_form/provenance", Cell::structured, true},
    {"taaklaag_herkomst", "/layer_provenance", Cell::structured, true},
    {"toetredingsdatum", "/joined_date", Cell::optional_text, true},
    {"besluiten", "/decisions", Cell::structured, true},
};
constexpr const char* kListSeparator = "; ";

bool excel_would_evaluate(const std::string& text) {
    if (text.empty()) return false;
    const char c = text.front();
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
}

std::vector<std::string> split_list(const std::string& cell) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= cell.size()) {
        size_t end = cell.find(';', start);
        if (end == std::string::npos) end = cell.size();
        std::string item = trim(cell.substr(start, end - start));
        if (!item.empty()) out.push_back(item);
        start = end + 1;
    }
    return out;
}

// A partner as people read it; by id when the name would not come back as
// this organisation (it holds the list's separator or edge spaces, or
// another organisation goes by the same name or id).
std::string partner_cell(const Dataset& d, const std::string& id) {
    const Organisation* o = d.organisation(id);
    if (!o || o->name.find(';') != std::string::npos || trim(o->name) != o->name) return id;
    const std::string folded = fold_for_search(o->name);
    for (const auto& other : d.organisations) {
        if (other.id == o->id) continue;
        if (other.id == o->name || fold_for_search(other.name) == folded) return id;
    }
    return o->name;
}

std::optional<std::string> organisation_named(const Dataset& d, const std::string& name) {
    const std::string wanted = fold_for_search(name);
    for (const auto& o : d.organisations) {
        if (o.id == name) return o.id;
    }
    for (const auto& o : d.organisations) {
        if (fold_for_search(o.name) == wanted) return o.id;
    }
    return std::nullopt;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : kListSeparator) + s;
    return out;
}

// The CSV column a JSON path of a partnership falls in ("legal_form.text"
// → "rechtsvorm_bron").
std::string column_of(const std::string& field) {
    std::string pointer = "/" + field;
    std::replace(pointer.begin(), pointer.end(), '.', '/');
    const size_t bracket = pointer.find('[');
    if (bracket != std::string::npos) pointer.resize(bracket);
    for (const auto& c : kColumns) {
        if (pointer == c.path || pointer.rfind(std::string(c.path) + "/", 0) == 0) return c.header;
    }
    return field;
}

// The JSON path of a column ("/legal_form/provenance" → "legal_form.provenance").
std::string field_of(const Column& c) {
    std::string field = c.path + 1;
    std::replace(field.begin(), field.end(), '/', '.');
    return field;
}

// The register's record with the number in the row's first column: what the
// CSV has no column for (provenance, decisions, ...) is kept from it.
json existing_record(const csv::Row& row, const std::vector<int>& column_at, const Dataset& d) {
    const std::string cell = column_at[0] < int(row.size()) ? trim(row[size_t(column_at[0])]) : std::string();
    char* end = nullptr;
    const long n = std::strtol(cell.c_str(), &end, 10);
    const Partnership* p = !cell.empty() && *end == '\0' && n > 0 && n <= 999999999 ? d.partnership(int(n)) : nullptr;
    return p ? encode_partnership(*p) : json::object();
}

// One CSV row as a partnership's JSON; problems go to `import`.
json row_to_partnership(const csv::Row& row, const std::vector<int>& column_at, int line, const Dataset& d, CsvImport& import) {
    static_assert(kColumns[0].cell == Cell::number, "the number comes first");
    json p = existing_record(row, column_at, d);
    p["revision"] = 1;
    for (size_t c = 0; c < std::size(kColumns); ++c) {
        const Column& col = kColumns[c];
        if (column_at[c] < 0) continue;  // an optional column the file does not have
        const std::string cell = column_at[c] < int(row.size()) ? row[size_t(column_at[c])] : std::string();
        const json::json_pointer ptr(col.path);
        switch (col.cell) {
        case Cell::structured: {
            if (cell.empty()) {
                // Emptied: the codec's default (none recorded).
                if (p.contains(ptr)) p.at(ptr.parent_pointer()).erase(ptr.back());
                break;
            }
            Decoded<json> value = parse_json(csv_text_from_cell(cell));
            if (value.ok()) p[ptr] = std::move(value.value);
            else import.errors.push_back({line, col.header, {field_of(col), "validation.csv_bad_structured", value.errors.front().detail}});
            break;
        }
        case Cell::partners: {
            json ids = json::array();
            for (const auto& name : split_list(cell)) {
                if (auto id = organisation_named(d, name)) ids.push_back(*id);
                else import.errors.push_back({line, col.header, {"partners", "validation.csv_unknown_organisation", name}});
            }
            p[ptr] = ids;
            break;
        }
        case Cell::codes: {
            json codes = json::array();
            for (const auto& code : split_list(cell)) codes.push_back(code);
            p[ptr] = codes;
            break;
        }
        case Cell::number: {
            const std::string n = trim(cell);
            char* end = nullptr;
            const long value = std::strtol(n.c_str(), &end, 10);
            if (n.empty() || *end != '\0' || value <= 0 || value > 999999999) {
                import.errors.push_back({line, col.header, {"number", "validation.csv_bad_number", n}});
                p[ptr] = 0;
            } else {
                p[ptr] = int(value);
            }
            break;
        }
        case Cell::optional_text:
            p[ptr] = cell.empty() ? json(nullptr) : json(csv_text_from_cell(cell));
            break;
        case Cell::text:
            p[ptr] = csv_text_from_cell(cell);
            break;
        }
    }
    return p;
}

// Finds each column by its header, so a file whose columns an Excel user
// reordered still reads; every column must be there exactly once.
std::vector<int> find_columns(const csv::Row& header, int line, CsvImport& import) {
    std::vector<int> column_at(std::size(kColumns), -1);
    for (size_t h = 0; h < header.size(); ++h) {
        const std::string name = fold_for_search(trim(header[h]));
        auto it = std::find_if(std::begin(kColumns), std::end(kColumns), [&](const Column& c) { return name == c.header; });
        if (it == std::end(kColumns)) {
            import.errors.push_back({line, header[h], {"", "validation.csv_unknown_column", ""}});
            continue;
        }
        int& at = column_at[size_t(it - std::begin(kColumns))];
        if (at >= 0) import.errors.push_back({line, header[h], {"", "validation.csv_duplicate_column", ""}});
        at = int(h);
    }
    for (size_t c = 0; c < std::size(kColumns); ++c) {
        if (column_at[c] < 0 && !kColumns[c].optional)
            import.errors.push_back({line, kColumns[c].header, {"", "validation.csv_missing_column", ""}});
    }
    return column_at;
}

} // namespace

std::string csv_text_cell(const std::string& text) { return excel_would_evaluate(text) ? "'" + text : text; }

std::string csv_text_from_cell(const std::string& cell) {
    return !cell.empty() && cell.front() == '\'' ? cell.substr(1) : cell;
}

std::string encode_register_csv(const Dataset& d) {
    std::vector<csv::Row> rows;
    csv::Row header;
    for (const auto& c : kColumns) header.push_back(c.header);
    rows.push_back(header);
    for (const auto& p : d.partnerships) {
        const json j = encode_partnership(p);
        csv::Row row;
        for (const auto& c : kColumns) {
            const json::json_pointer ptr(c.path);
            const json v = j.contains(ptr) ? j.at(ptr) : json(nullptr);
            switch (c.cell) {
            case Cell::partners: {
                std::vector<std::string> names;
                for (const auto& id : p.partners) names.push_back(partner_cell(d, id));
                row.push_back(join(names));
                break;
            }
            case Cell::codes: row.push_back(join(v.get<std::vector<std::string>>())); break;
            case Cell::structured: row.push_back(v.is_null() || v.empty() ? std::string() : csv_text_cell(v.dump())); break;
            case Cell::number: row.push_back(v.dump()); break;
            case Cell::optional_text:
            case Cell::text: row.push_back(v.is_string() ? csv_text_cell(v.get<std::string>()) : std::string()); break;
            }
        }
        rows.push_back(row);
    }
    return csv::write(rows);
}

CsvImport decode_register_csv(std::string_view text, const Dataset& current) {
    CsvImport import;
    const csv::Table table = csv::parse(text);
    for (const auto& e : table.errors) import.errors.push_back({e.line, "", {"", e.key, ""}});
    if (!import.ok()) return import;
    if (table.rows.empty()) {
        import.errors.push_back({1, "", {"", "validation.csv_empty", ""}});
        return import;
    }
    const std::vector<int> column_at = find_columns(table.rows.front(), table.row_lines[0], import);
    if (!import.ok()) return import;

    std::vector<int> line_of;  // per partnership, its line in the file
    for (size_t r = 1; r < table.rows.size(); ++r) {
        const int line = table.row_lines[r];
        const json p = row_to_partnership(table.rows[r], column_at, line, current, import);
        Decoded<Partnership> d = decode_partnership(p);
        for (auto& e : d.errors) import.errors.push_back({line, column_of(e.field), std::move(e)});
        if (d.ok()) import.partnerships.push_back(std::move(d.value));
        line_of.push_back(line);
    }
    if (!import.ok()) return import;

    // Rules across rows (unique numbers, existing partners) on the whole
    // register as it would be after the import.
    Dataset after = current;
    after.partnerships = import.partnerships;
    for (auto& e : validate_dataset(after)) {
        const std::string prefix = "partnerships[";
        if (e.field.rfind(prefix, 0) != 0) {
            import.errors.push_back({0, "", std::move(e)});
            continue;
        }
        const size_t close = e.field.find(']');
        const size_t index = std::strtoul(e.field.c_str() + prefix.size(), nullptr, 10);
        const std::string rest = close + 2 <= e.field.size() ? e.field.substr(close + 2) : "";
        import.errors.push_back({index < line_of.size() ? line_of[index] : 0, column_of(rest), std::move(e)});
    }
    if (!import.ok()) import.partnerships.clear();
    return import;
}

} // namespace swm
