// The host's bridge to core: decoding, validation, filtering, analysis and
// comparison of register JSON, all done by core so host and UI agree.
#pragma once
#include "core/dataset.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace swm {

struct FieldProblem {
    std::string field;    // JSON path, e.g. "scale" or "partners[2]"
    std::string message;  // Dutch
    std::string message_en;
};

// Checks a partnership as sent by a client, against the current register
// (unknown organisations, duplicate numbers). `replacing` is the number of
// the record being updated. Returns the normalised record in `out`.
std::vector<FieldProblem> check_partnership(const nlohmann::json& candidate, const Dataset& dataset,
                                            std::optional<int64_t> replacing, nlohmann::json& out);

// Checks a whole dataset (import): every problem of every record.
std::vector<FieldProblem> check_dataset(const nlohmann::json& dataset);

// The register's filters from query parameters (scale, layer, legal_form,
// motive, status, decided_by, organisation, q); unknown values are problems.
std::vector<FieldProblem> filter_partnerships(const Dataset& dataset, const std::multimap<std::string, std::string>& query,
                                              nlohmann::json& out);

// The analysis of the partnerships the query's filters select, with the
// seed's own figures checked against the whole register.
std::vector<FieldProblem> analysis(const Dataset& dataset, const std::multimap<std::string, std::string>& query,
                                   nlohmann::json& out);

// Added, removed and changed partnerships (field by field) from `from` to `to`.
nlohmann::json compare_datasets(const nlohmann::json& from, const nlohmann::json& to);

// CSV export/import of the partnerships in Excel's Dutch dialect.
std::string partnerships_to_csv(const nlohmann::json& dataset);
struct CsvImport {
    nlohmann::json partnerships = nlohmann::json::array();
    struct RowProblem { int row; std::string column; std::string message; };
    std::vector<RowProblem> problems;
};
CsvImport partnerships_from_csv(const std::string& text, const nlohmann::json& dataset);

// The default dataset compiled into the executable (assets/data).
nlohmann::json default_dataset();

} // namespace swm
