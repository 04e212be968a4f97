// The register's files in the UI: download it as CSV for Excel or as JSON,
// open the printed report, and import a CSV or JSON file in two steps: the
// host first answers what the file would change (a preview, labelled as the
// snapshot comparison is) and changes nothing; only a confirmation imports.
// A refused file shows its errors by row and column; an import names the
// backup the host made of the register it replaced.
#pragma once
#include "core/api_error.h"
#include "core/dataset_comparison.h"
#include "core/import_result.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace swm::web {

class App;
struct AppState;

class ImportExportPanel {
public:
    void draw(App& app, const AppState& state);
    nlohmann::json state() const;

private:
    enum class Step { none, previewing, preview, importing, imported, refused };
    Step step_ = Step::none;
    std::string file_name_;
    std::string format_;  // "csv" or "json", from the file's name
    std::string text_;    // the file as chosen, sent again on confirmation
    std::optional<DatasetComparison> preview_;
    ErrorBody refusal_;
    ImportResult result_;
    bool without_names_ = false;  // the JSON export is for others: no contact persons

    void file_chosen(const char* name, const char* text, double size);
    void confirm(App& app);
    void refused(int status, const std::string& body);
    void draw_export();
    void draw_import(App& app, const AppState& state);
};

} // namespace swm::web
