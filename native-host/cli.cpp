#include "native-host/cli.h"

#include "native-host/build_info.h"
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
    if (o.command == "serve") return serve(o);
    std::fprintf(stderr, "samenwerkingsmonitor: '%s' is nog niet beschikbaar\n", o.command.c_str());
    return 1;
}

} // namespace swm
