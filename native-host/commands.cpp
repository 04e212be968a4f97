#include "native-host/commands.h"

#include "native-host/clock.h"
#include "native-host/data_folder.h"
#include "native-host/calendar_store.h"
#include "native-host/geo_store.h"
#include "native-host/offline_snapshot.h"
#include "native-host/platform.h"
#include "native-host/register_service.h"
#include "native-host/report.h"

#include "core/i18n.h"
#include "core/json_codec.h"
#include "core/register_csv.h"
#include "core/register_import.h"
#include "core/text.h"

#include <cstdio>

namespace swm {
namespace {

// Writes to --output (atomically) or to standard output.
int emit(const Options& options, const std::string& data) {
    if (options.output.empty()) {
        std::fwrite(data.data(), 1, data.size(), stdout);
        return std::fflush(stdout) == 0 ? 0 : 1;
    }
    std::string error;
    if (!platform::write_file_atomic(options.output, data, error)) {
        std::fprintf(stderr, "Kan niet schrijven: %s\n", error.c_str());
        return 1;
    }
    return 0;
}

// "-" as the input file: the data comes on standard input (a pipe).
std::string read_stdin() {
    std::string text;
    char buf[65536];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, stdin)) > 0;) text.append(buf, n);
    return text;
}

// Opens the data folder of --data-dir, or says why not.
bool open_folder(const Options& options, DataFolder& folder) {
    std::string error;
    if (folder.open(options.data_dir, error)) return true;
    std::fprintf(stderr, "%s\n", error.c_str());
    return false;
}

// A refused import on the console: every problem, where it is, then the verdict.
void print_refusal(const ApiError& e) {
    for (const auto& f : e.fields) std::fprintf(stderr, "%s\n", f.describe(Lang::nl).c_str());
    for (const auto& r : e.rows) {
        std::fprintf(stderr, "rij %d%s%s: %s\n", r.row, r.column.empty() ? "" : ", kolom ", r.column.c_str(),
                     r.error.message(Lang::nl).c_str());
    }
    std::fprintf(stderr, "%s (%zu fout(en))\n", e.message(Lang::nl).c_str(), e.fields.size() + e.rows.size());
}

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

int run_export(const Options& options) {
    DataFolder folder;
    if (!open_folder(options, folder)) return 1;
    const auto current = folder.store->current();
    if (options.format == "csv") return emit(options, encode_register_csv(current->dataset));
    return emit(options, encode_dataset(current->dataset).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

int run_import(const Options& options) {
    std::string text, error;
    if (options.input == "-") {
        text = read_stdin();
    } else if (!platform::read_file(options.input, text, error)) {
        std::fprintf(stderr, "Kan het bestand niet lezen: %s\n", error.c_str());
        return 1;
    }
    DataFolder folder;
    if (!open_folder(options, folder)) return 1;
    // The format follows the file name unless --format says otherwise.
    const bool csv = options.format == "csv" || ends_with(options.input, ".csv") || ends_with(options.input, ".CSV");
    PreparedImport prepared = prepare_import(csv ? ImportFormat::csv : ImportFormat::json, text, folder.store->current()->dataset);
    if (!prepared.dataset) {
        print_refusal(prepared.error);
        return 1;
    }
    const std::string backup = folder.backup(error);
    if (backup.empty()) {
        std::fprintf(stderr, "Kon geen back-up maken (%s); niets ingelezen.\n", error.c_str());
        return 1;
    }
    folder.store->replace_dataset(*prepared.dataset, platform::user_name(), "import");
    std::printf("%zu samenwerkingsverbanden ingelezen. Back-up van de vorige stand: %s\n", prepared.dataset->partnerships.size(),
                backup.c_str());
    return 0;
}

int run_snapshot(const Options& options) {
    DataFolder folder;
    if (!open_folder(options, folder)) return 1;
    GeoStore geo(folder.db_path);
    CalendarStore calendar(folder.db_path);
    const std::string html = make_offline_snapshot(*folder.store, geo, calendar, utc_now());
    if (html.empty()) {
        std::fprintf(stderr, "Deze versie van de monitor kan geen momentopname maken (de pagina mist de plaats voor de gegevens).\n");
        return 1;
    }
    if (const int rc = emit(options, html); rc != 0) return rc;
    std::printf("Momentopname geschreven: %s (%zu kB)\n", options.output.c_str(), html.size() / 1024);
    return 0;
}

int run_report(const Options& options) {
    DataFolder folder;
    if (!open_folder(options, folder)) return 1;
    GeoStore geo(folder.db_path);
    std::string error;
    const auto since = options.since.empty() ? std::nullopt : std::optional<int64_t>(std::stoll(options.since));
    auto input = gather_report_input(*folder.store, geo, since, error);
    if (!input) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    add_council_moments(*input, folder.db_path);
    if (const int rc = emit(options, render_report(*input)); rc != 0) return rc;
    if (!options.output.empty()) std::fprintf(stderr, "%s\n", fill(tr("report.written", Lang::nl), {options.output}).c_str());
    return 0;
}

} // namespace swm
