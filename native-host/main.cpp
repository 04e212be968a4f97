// samenwerkingsmonitor: the executable. Parses the command line and hands
// over to the server or a subcommand.
#include "native-host/build_info.h"
#include "native-host/monitor.h"
#include "native-host/options.h"
#include "native-host/platform.h"

#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    swm::platform::init_console();
    std::vector<std::string> args(argv + 1, argv + argc);
    const swm::ParsedOptions parsed = swm::parse_options(args);
    if (!parsed.error.empty()) {
        std::fprintf(stderr, "samenwerkingsmonitor: %s\n\n%s", parsed.error.c_str(), swm::usage_text().c_str());
        return 64;  // EX_USAGE
    }
    const swm::Options& o = parsed.options;
    if (o.help) {
        std::printf("%s", swm::usage_text().c_str());
        return 0;
    }
    if (o.version) {
        std::printf("samenwerkingsmonitor %s (commit %s, gebouwd %s)\n", swm::kVersion, swm::kGitCommit, swm::kBuildDate);
        return 0;
    }
    if (o.command == "serve") return swm::serve(o);
    std::fprintf(stderr, "samenwerkingsmonitor: '%s' is nog niet beschikbaar\n", o.command.c_str());
    return 1;
}
