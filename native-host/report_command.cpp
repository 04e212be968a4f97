#include "native-host/report_command.h"

#include "native-host/data_folder.h"
#include "native-host/geo_store.h"
#include "native-host/platform.h"
#include "native-host/report.h"

#include "core/i18n.h"
#include "core/text.h"

#include <cstdio>

namespace swm {

int run_report(const Options& options) {
    DataFolder folder;
    std::string error;
    if (!folder.open(options.data_dir, error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    GeoStore geo(folder.db_path);
    const auto since = options.since.empty() ? std::nullopt : std::optional<int64_t>(std::stoll(options.since));
    const auto input = gather_report_input(*folder.store, geo, since, error);
    if (!input) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    const std::string html = render_report(*input);
    if (options.output.empty()) {
        std::fwrite(html.data(), 1, html.size(), stdout);
        return std::fflush(stdout) == 0 ? 0 : 1;
    }
    if (!platform::write_file_atomic(options.output, html, error)) {
        std::fprintf(stderr, "%s\n", fill(tr("report.write_failed", Lang::nl), {error}).c_str());
        return 1;
    }
    std::fprintf(stderr, "%s\n", fill(tr("report.written", Lang::nl), {options.output}).c_str());
    return 0;
}

} // namespace swm
