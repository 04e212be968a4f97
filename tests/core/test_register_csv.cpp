// The register's CSV as an Excel user meets it: which partners the source
// names and which were inferred has its own column, an older file without
// that column keeps what the register recorded, and a damaged cell is named.
#include "default_dataset.h"

#include "core/csv.h"
#include "core/register_csv.h"

#include <catch2/catch.hpp>

namespace register_csv_tests {

using namespace swm;

// The cell of `column` in the row of partnership `number`.
std::string cell(const csv::Table& t, const std::string& column, int number) {
    const auto& header = t.rows.front();
    const auto at = std::find(header.begin(), header.end(), column);
    REQUIRE(at != header.end());
    for (const auto& row : t.rows) {
        if (row.front() == std::to_string(number)) return row[size_t(at - header.begin())];
    }
    FAIL("no row for " << number);
    return {};
}

// The file without the columns named in `drop`, as release 0.1 wrote it.
std::string without_columns(const std::string& text, const std::vector<std::string>& drop) {
    csv::Table t = csv::parse(text);
    std::vector<size_t> keep;
    for (size_t c = 0; c < t.rows.front().size(); ++c) {
        if (std::find(drop.begin(), drop.end(), t.rows.front()[c]) == drop.end()) keep.push_back(c);
    }
    std::vector<csv::Row> rows;
    for (const auto& row : t.rows) {
        csv::Row r;
        for (size_t c : keep) r.push_back(row[c]);
        rows.push_back(r);
    }
    return csv::write(rows);
}

TEST_CASE("csv: the export says per partnership which partners the source names and which were inferred, and why") {
    const Dataset& d = test::default_dataset();
    const csv::Table t = csv::parse(encode_register_csv(d));
    // Nr 2 names no participants: the 14 come from the scale 'Tw'.
    const std::string two = cell(t, "partners_herkomst", 2);
    CHECK(two.find("\"inferred\"") != std::string::npos);
    CHECK(two.find("\"scale_tw\"") != std::string::npos);
    // Nr 19 keeps its stated count of 12.
    CHECK(cell(t, "partners_aantal_genoemd", 19).find("\"count\":12") != std::string::npos);
    // Nr 18's 2010 is when Hof van Twente joined.
    CHECK(cell(t, "toetredingsdatum", 18) == "2010");
    CHECK(cell(t, "startdatum", 18).empty());
    // Nr 5's legal form was fitted to the overview's count.
    CHECK(cell(t, "rechtsvorm_herkomst", 5).find("\"fitted_to_overview\"") != std::string::npos);

    const CsvImport back = decode_register_csv(encode_register_csv(d), d);
    REQUIRE(back.ok());
    REQUIRE(back.partnerships.size() == d.partnerships.size());
    for (size_t i = 0; i < d.partnerships.size(); ++i) {
        Partnership expected = d.partnerships[i];
        expected.revision = 1;
        CHECK(back.partnerships[i] == expected);
    }
}

TEST_CASE("csv: a file without the provenance columns keeps what the register recorded") {
    const Dataset& d = test::default_dataset();
    const std::string old = without_columns(encode_register_csv(d), {"partners_herkomst", "partners_aantal_genoemd",
                                                                    "rechtsvorm_herkomst", "taaklaag_herkomst",
                                                                    "toetredingsdatum", "besluiten"});
    const CsvImport back = decode_register_csv(old, d);
    REQUIRE(back.ok());
    const Partnership* two = nullptr;
    for (const auto& p : back.partnerships) if (p.number == 2) two = &p;
    REQUIRE(two);
    CHECK(two->partner_provenance == d.partnership(2)->partner_provenance);
    CHECK(!two->partner_provenance.empty());
}

TEST_CASE("csv: an emptied provenance cell clears it, a damaged one is named by row and column") {
    const Dataset& d = test::default_dataset();
    csv::Table t = csv::parse(encode_register_csv(d));
    const auto& header = t.rows.front();
    const size_t col = size_t(std::find(header.begin(), header.end(), "partners_herkomst") - header.begin());
    size_t row_two = 0;
    for (size_t r = 1; r < t.rows.size(); ++r) if (t.rows[r].front() == "2") row_two = r;
    REQUIRE(row_two > 0);

    t.rows[row_two][col] = "";
    CsvImport cleared = decode_register_csv(csv::write(t.rows), d);
    REQUIRE(cleared.ok());
    CHECK(cleared.partnerships[row_two - 1].partner_provenance.empty());

    t.rows[row_two][col] = "{\"GM0141\": {\"basis\": ";
    CsvImport bad = decode_register_csv(csv::write(t.rows), d);
    REQUIRE(bad.errors.size() == 1);
    CHECK(bad.errors[0].row == int(row_two) + 1);
    CHECK(bad.errors[0].column == "partners_herkomst");
    CHECK(bad.errors[0].error.key == "validation.csv_bad_structured");

    t.rows[row_two][col] = "{\"GM0141\": {\"basis\": \"geraden\"}}";
    CsvImport unknown = decode_register_csv(csv::write(t.rows), d);
    REQUIRE(!unknown.ok());
    CHECK(unknown.errors[0].column == "partners_herkomst");
}

} // namespace register_csv_tests
