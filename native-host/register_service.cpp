#include "native-host/register_service.h"

#include "core/analysis.h"
#include "core/csv.h"
#include "core/json_codec.h"
#include "core/partnership_filter.h"
#include "core/text.h"
#include "core/validation.h"

#include <algorithm>
#include <set>
#include <stdexcept>

extern const unsigned char data_register_2014[];
extern const unsigned long long data_register_2014_size;
extern const unsigned char data_strategy[];
extern const unsigned long long data_strategy_size;

namespace swm {
namespace {

using nlohmann::json;

std::vector<FieldProblem> problems_of(const ValidationErrors& errors, const std::string& prefix = "") {
    std::vector<FieldProblem> out;
    for (const auto& e : errors) {
        std::string field = e.field;
        if (!prefix.empty() && field.compare(0, prefix.size(), prefix) == 0) field.erase(0, prefix.size());
        out.push_back({field, e.message(Lang::nl), e.message(Lang::en)});
    }
    return out;
}

std::string_view embedded(const unsigned char* data, unsigned long long size) {
    return {reinterpret_cast<const char*>(data), size_t(size)};
}

// The CSV columns: header, and how a partnership's JSON fills it. Enum
// fields carry their codes (docs/data-format.md) so a file comes back in
// unchanged; partners carry names, which people read, joined by "; ".
struct Column {
    const char* header;
    const char* path;  // JSON pointer into the partnership
};
constexpr Column kColumns[] = {
    {"nummer", "/number"},
    {"naam", "/name"},
    {"omschrijving", "/description"},
    {"partners", "/partners"},
    {"schaal", "/scale"},
    {"rechtsvorm", "/legal_form/category"},
    {"gr_constructie", "/legal_form/gr_kind"},
    {"rechtsvorm_bron", "/legal_form/text"},
    {"motieven", "/motives/categories"},
    {"motieven_bron", "/motives/text"},
    {"besluit", "/decided_by/category"},
    {"besluit_bron", "/decided_by/text"},
    {"taaklaag", "/layer"},
    {"status", "/status"},
    {"startdatum", "/start_date"},
    {"einddatum", "/end_date"},
    {"bron", "/source"},
    {"peildatum", "/peildatum"},
    {"toelichting", "/notes"},
    {"oorspronkelijke_tekst", "/original_text"},
};
constexpr const char* kListSeparator = "; ";

std::string cell_of(const json& v) {
    if (v.is_null()) return "";
    if (v.is_string()) return v.get<std::string>();
    return v.dump();
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : kListSeparator) + s;
    return out;
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

// A partner named in a cell: an organisation id or name, any case.
std::optional<std::string> organisation_named(const json& organisations, const std::string& name) {
    const std::string wanted = fold_for_search(name);
    for (const auto& o : organisations) {
        if (fold_for_search(o.value("id", "")) == wanted || fold_for_search(o.value("name", "")) == wanted) return o.value("id", "");
    }
    return std::nullopt;
}

// The CSV column a JSON path of a partnership falls in ("legal_form.text"
// → "rechtsvorm_bron"), for error reports by row and column.
std::string column_of(const std::string& field) {
    std::string pointer = "/" + field;
    std::replace(pointer.begin(), pointer.end(), '.', '/');
    const size_t bracket = pointer.find('[');
    if (bracket != std::string::npos) pointer.resize(bracket);
    for (const auto& c : kColumns) {
        if (pointer.rfind(c.path, 0) == 0) return c.header;
    }
    return field;
}

// One CSV row as a partnership's JSON; problems go to `import`.
json row_to_partnership(const csv::Row& row, const std::vector<int>& column_at, int row_number, const json& organisations,
                        CsvImport& import) {
    json p = json::object();
    for (size_t c = 0; c < std::size(kColumns); ++c) {
        const Column& col = kColumns[c];
        const std::string cell = column_at[c] < int(row.size()) ? trim(row[size_t(column_at[c])]) : std::string();
        const json::json_pointer ptr(col.path);
        const std::string header = col.header;
        if (header == "partners") {
            json ids = json::array();
            for (const auto& name : split_list(cell)) {
                auto id = organisation_named(organisations, name);
                if (!id) import.problems.push_back({row_number, header, "onbekende organisatie '" + name + "'"});
                else ids.push_back(*id);
            }
            p[ptr] = ids;
        } else if (header == "motieven") {
            json codes = json::array();
            for (const auto& code : split_list(cell)) codes.push_back(code);
            p[ptr] = codes;
        } else if (header == "nummer") {
            char* end = nullptr;
            const long n = std::strtol(cell.c_str(), &end, 10);
            if (cell.empty() || *end != '\0' || n <= 0 || n > 999999999) {
                import.problems.push_back({row_number, header, "geen geldig nummer: '" + cell + "'"});
                p[ptr] = 0;
            } else {
                p[ptr] = int(n);
            }
        } else if (cell.empty() && (header == "schaal" || header == "gr_constructie" || header == "startdatum" || header == "einddatum")) {
            p[ptr] = nullptr;
        } else {
            p[ptr] = cell;
        }
    }
    return p;
}

} // namespace

std::vector<FieldProblem> check_partnership(const json& candidate, const Dataset& dataset, std::optional<int64_t> replacing,
                                            json& out) {
    Decoded<Partnership> p = decode_partnership(candidate);
    if (!p.ok()) return problems_of(p.errors);
    std::optional<int> replaced;
    if (replacing) replaced = int(*replacing);
    const ValidationErrors errors = validate_partnership(p.value, dataset, replaced);
    if (!errors.empty()) return problems_of(errors);
    out = encode_partnership(p.value);
    return {};
}

std::vector<FieldProblem> check_dataset(const json& dataset) {
    Decoded<Dataset> d = decode_dataset(dataset);
    if (!d.ok()) return problems_of(d.errors);
    return problems_of(validate_dataset(d.value));
}

std::vector<FieldProblem> filter_partnerships(const Dataset& d, const std::multimap<std::string, std::string>& query,
                                              json& out) {
    const ParsedFilter parsed = parse_filter(query, &d);
    if (!parsed.errors.empty()) return problems_of(parsed.errors);
    out = json::array();
    for (const Partnership& p : apply_filter(parsed.filter, d)) out.push_back(encode_partnership(p));
    return {};
}

std::vector<FieldProblem> analysis(const Dataset& d, const std::multimap<std::string, std::string>& query, json& out) {
    const ParsedFilter parsed = parse_filter(query, &d);
    if (!parsed.errors.empty()) return problems_of(parsed.errors);
    out = encode_analysis(analyse(d, parsed.filter));
    out["seed_legal_forms"] = encode_reconciliation(reconcile_seed_legal_forms(d));
    out["not_geographically_clustered"] = not_geographically_clustered(d);
    return {};
}

json compare_datasets(const json& from, const json& to) {
    // The lists are held here: the map points into them.
    const json from_list = from.value("partnerships", json::array());
    const json to_list = to.value("partnerships", json::array());
    std::map<int64_t, const json*> before, after;
    for (const auto& p : from_list) before[p.value("number", int64_t(0))] = &p;
    for (const auto& p : to_list) after[p.value("number", int64_t(0))] = &p;
    json added = json::array(), removed = json::array(), changed = json::array();
    for (const auto& [number, p] : after) {
        if (!before.count(number)) added.push_back(*p);
    }
    for (const auto& [number, p] : before) {
        auto it = after.find(number);
        if (it == after.end()) {
            removed.push_back(*p);
            continue;
        }
        // Field by field, nested objects flattened ("legal_form.category");
        // the revision is bookkeeping, not a change of content.
        const json diff = json::diff(*p, *it->second);
        std::set<std::string> fields;
        for (const auto& op : diff) {
            std::string path = op.value("path", "");
            if (path.empty() || path.rfind("/revision", 0) == 0) continue;
            const size_t second = path.find('/', path.find('/', 1) + 1);
            std::string field = path.substr(1, second == std::string::npos ? std::string::npos : second - 1);
            // Lists (partners, motives) are compared whole.
            const size_t slash = field.find('/');
            // ("-" is JSON Patch's "after the last element": an append.)
            if (slash != std::string::npos && field.find_first_not_of("0123456789-", slash + 1) == std::string::npos)
                field.resize(slash);
            std::replace(field.begin(), field.end(), '/', '.');
            fields.insert(field);
        }
        if (fields.empty()) continue;
        json list = json::array();
        for (const auto& f : fields) {
            const json::json_pointer ptr("/" + [&] { std::string s = f; std::replace(s.begin(), s.end(), '.', '/'); return s; }());
            list.push_back({{"field", f},
                            {"before", p->contains(ptr) ? p->at(ptr) : json(nullptr)},
                            {"after", it->second->contains(ptr) ? it->second->at(ptr) : json(nullptr)}});
        }
        changed.push_back({{"number", number}, {"name", it->second->value("name", "")}, {"fields", list}});
    }
    return {{"added", added}, {"removed", removed}, {"changed", changed}};
}

std::string partnerships_to_csv(const json& dataset) {
    const json organisations = dataset.value("organisations", json::array());
    std::vector<csv::Row> rows;
    csv::Row header;
    for (const auto& c : kColumns) header.push_back(c.header);
    rows.push_back(header);
    for (const auto& p : dataset.value("partnerships", json::array())) {
        csv::Row row;
        for (const auto& c : kColumns) {
            const json::json_pointer ptr(c.path);
            const json v = p.contains(ptr) ? p.at(ptr) : json(nullptr);
            if (std::string(c.header) == "partners") {
                std::vector<std::string> names;
                for (const auto& id : v) {
                    auto it = std::find_if(organisations.begin(), organisations.end(),
                                           [&](const json& o) { return o.value("id", "") == id.get<std::string>(); });
                    names.push_back(it != organisations.end() ? it->value("name", "") : id.get<std::string>());
                }
                row.push_back(join(names));
            } else if (v.is_array()) {
                row.push_back(join(v.get<std::vector<std::string>>()));
            } else {
                row.push_back(cell_of(v));
            }
        }
        rows.push_back(row);
    }
    return csv::write(rows);
}

CsvImport partnerships_from_csv(const std::string& text, const json& dataset) {
    CsvImport import;
    const csv::Table table = csv::parse(text);
    for (const auto& e : table.errors) import.problems.push_back({e.line, "", e.message});
    if (!import.problems.empty()) return import;
    if (table.rows.empty()) {
        import.problems.push_back({1, "", "het bestand is leeg; de eerste regel moet de kolomnamen bevatten"});
        return import;
    }
    // Columns are found by header, so a file whose columns Excel users
    // reordered still reads; every column must be there exactly once.
    const csv::Row& header = table.rows.front();
    std::vector<int> column_at(std::size(kColumns), -1);
    for (size_t h = 0; h < header.size(); ++h) {
        const std::string name = fold_for_search(trim(header[h]));
        auto it = std::find_if(std::begin(kColumns), std::end(kColumns), [&](const Column& c) { return name == c.header; });
        if (it == std::end(kColumns)) {
            import.problems.push_back({table.row_lines[0], header[h], "onbekende kolom"});
            continue;
        }
        int& at = column_at[size_t(it - std::begin(kColumns))];
        if (at >= 0) import.problems.push_back({table.row_lines[0], header[h], "kolom staat er twee keer in"});
        at = int(h);
    }
    for (size_t c = 0; c < std::size(kColumns); ++c) {
        if (column_at[c] < 0) import.problems.push_back({table.row_lines[0], kColumns[c].header, "kolom ontbreekt"});
    }
    if (!import.problems.empty()) return import;

    const json organisations = dataset.value("organisations", json::array());
    std::vector<int> line_of;  // per partnership, its line in the file
    for (size_t r = 1; r < table.rows.size(); ++r) {
        const int line = table.row_lines[r];
        json p = row_to_partnership(table.rows[r], column_at, line, organisations, import);
        Decoded<Partnership> d = decode_partnership(p);
        for (const auto& e : d.errors) import.problems.push_back({line, column_of(e.field), e.message(Lang::nl)});
        if (d.ok()) import.partnerships.push_back(encode_partnership(d.value));
        line_of.push_back(line);
    }
    if (!import.problems.empty()) return import;

    // Rules across rows (unique numbers, existing partners) on the whole
    // register as it would be after the import.
    json candidate = dataset;
    candidate["partnerships"] = import.partnerships;
    Decoded<Dataset> whole = decode_dataset(candidate);
    const ValidationErrors errors = whole.ok() ? validate_dataset(whole.value) : whole.errors;
    for (const auto& e : errors) {
        const std::string prefix = "partnerships[";
        if (e.field.rfind(prefix, 0) != 0) {
            import.problems.push_back({0, e.field, e.message(Lang::nl)});
            continue;
        }
        const size_t close = e.field.find(']');
        const size_t index = std::stoul(e.field.substr(prefix.size(), close - prefix.size()));
        const std::string rest = close + 2 <= e.field.size() ? e.field.substr(close + 2) : "";
        import.problems.push_back({index < line_of.size() ? line_of[index] : 0, column_of(rest), e.message(Lang::nl)});
    }
    return import;
}

json default_dataset() {
    const Decoded<json> reg = parse_json(embedded(data_register_2014, data_register_2014_size));
    const Decoded<json> strat = parse_json(embedded(data_strategy, data_strategy_size));
    if (!reg.ok() || !strat.ok()) throw std::runtime_error("embedded default data is not valid JSON");
    const Decoded<Dataset> d = decode_dataset_files(reg.value, strat.value);
    if (!d.ok()) throw std::runtime_error("embedded default data does not decode: " + d.errors.front().describe(Lang::en));
    return encode_dataset(d.value);
}

} // namespace swm
