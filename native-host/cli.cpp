#include "native-host/cli.h"

#include "native-host/build_info.h"
#include "native-host/commands.h"
#include "native-host/map_command.h"
#include "native-host/monitor.h"
#include "native-host/options.h"
#include "native-host/platform.h"

#include <cstdio>

namespace swm {

int run_cli(const std::vector<std::string>& args) {
    platform::init_console();
    const ParsedOptions parsed = parse_options(args);
    if (!parsed.error.empty()) {
        std::fprintf(stderr, "samenwerkingsmonitor: %s\n\n%s", parsed.error.c_str(), usage_text().c_str());
        return 64;  // EX_USAGE
    }
    const Options& o = parsed.options;
    if (o.help) {
        std::printf("%s", usage_text().c_str());
        return 0;
    }
    if (o.version) {
        std::printf("samenwerkingsmonitor %s (commit %s, gebouwd %s)\n", kVersion, kGitCommit, kBuildDate);
        return 0;
    }
    if (o.command == "export") return run_export(o);
    if (o.command == "import") return run_import(o);
    if (o.command == "snapshot") return run_snapshot(o);
    if (o.command == "import-map") return run_import_map(o);
    if (o.command == "report") return run_report(o);
    return serve(o);
}

} // namespace swm
