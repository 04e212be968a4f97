// The register's partnerships as CSV for Excel (Dutch dialect, core/csv.h):
// the columns, how a partnership fills them and how a file comes back.
// Codes are written as codes (docs/data-format.md) so a file comes back in
// unchanged; partners by name, which people read. Text that Excel would take
// for a formula (starting with =, +, -, @, tab or carriage return) is written
// with a leading apostrophe, as is text that already starts with one, and
// one apostrophe is taken off again on import: every text comes back exactly,
// whitespace included. Nested values without a flat form (provenance,
// decisions) are cells holding the contract's own JSON. Columns added after
// release 0.1 may be missing from a file; their values, and whatever else a
// record holds, are then kept from the register's record with the same number.
#pragma once
#include "core/dataset.h"
#include "core/validation_error.h"

#include <string>
#include <string_view>
#include <vector>

namespace swm {

// A problem in a CSV file, where a spreadsheet user finds it.
struct CsvError {
    int row = 0;           // the file's line (1 = the header); 0 for the file as a whole
    std::string column;    // the header of the column, or empty
    ValidationError error;
};

struct CsvImport {
    std::vector<Partnership> partnerships;  // complete only when errors is empty
    std::vector<CsvError> errors;
    bool ok() const { return errors.empty(); }
};

std::string encode_register_csv(const Dataset& dataset);
// Reads the partnerships of a file against the register they will join
// (partners are looked up among its organisations by id or name) and checks
// them as the register would be after the import.
CsvImport decode_register_csv(std::string_view text, const Dataset& current);

// The cell as written for a text and back; exposed for tests.
std::string csv_text_cell(const std::string& text);
std::string csv_text_from_cell(const std::string& cell);

} // namespace swm
