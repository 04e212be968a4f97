// The program behind main(): takes the UTF-8 arguments (without the program
// name) and returns the exit code. main() differs per platform only in how it
// obtains UTF-8 arguments (wmain on Windows).
#pragma once
#include <string>
#include <vector>

namespace swm {

int run_cli(const std::vector<std::string>& args);

} // namespace swm
