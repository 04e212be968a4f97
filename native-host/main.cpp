// samenwerkingsmonitor on POSIX: arguments arrive as UTF-8 already.
// (Windows has main_windows.cpp with wmain.)
#include "native-host/cli.h"

int main(int argc, char** argv) { return swm::run_cli(std::vector<std::string>(argv + 1, argv + argc)); }
