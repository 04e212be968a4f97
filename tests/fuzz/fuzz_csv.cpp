// CSV as a user's file arrives for import: core's parser. Never a crash; a
// table without errors, written again, reads back as the same rows.
#include "tests/fuzz/fuzz_support.h"

#include "core/csv.h"

using namespace swm;

namespace {

// Rows that a written file cannot carry unchanged: a row of only empty fields
// is a blank line, which the reader skips by design.
bool writable(const std::vector<csv::Row>& rows) {
    for (const auto& row : rows) {
        bool any = false;
        for (const auto& f : row) any = any || !f.empty();
        if (!any) return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const csv::Table table = csv::parse(fuzz::text_of(data, size));
    if (table.rows.size() != table.row_lines.size()) fuzz::broken("a row without its line number");
    if (!table.errors.empty() || table.rows.empty() || !writable(table.rows)) return 0;
    // A single-column first row holds no ';', so the reader would guess the
    // separator from its content: the property holds for real tables (the
    // register has many columns).
    if (table.rows.front().size() < 2) return 0;
    const csv::Table again = csv::parse(csv::write(table.rows));
    if (!again.errors.empty()) fuzz::broken("a written table does not parse");
    if (again.rows != table.rows) fuzz::broken("csv: parse(write(rows)) != rows");
    return 0;
}
