// samenwerkingsmonitor on Windows. wmain (linked with -municode) gets the
// arguments as UTF-16; main's argv would be in the ANSI code page, where a
// folder such as C:\Users\Zoë Müller is lost. They go on as UTF-8.
#include "native-host/cli.h"

#include "core/i18n.h"
#include "native-host/windows/wide_string.h"

#include <cstdio>

namespace {

// A double-click from Explorer gives the program a console of its own, which
// closes with it: an error would vanish before anyone could read it.
bool owns_console() {
    DWORD ids[2];
    return GetConsoleProcessList(ids, 2) == 1;
}

} // namespace

int wmain(int argc, wchar_t** argv) {
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) args.push_back(swm::windows::to_utf8(argv[i]));
    const int rc = swm::run_cli(args);
    if (rc != 0 && owns_console()) {
        std::printf("\n%s\n", swm::tr("host.press_enter_to_close", swm::Lang::nl));
        std::fflush(stdout);
        std::getchar();
    }
    return rc;
}
