// Subcommands that work on a data folder without serving: export and import.
#pragma once
#include "native-host/options.h"

namespace swm {

int run_export(const Options& options);
int run_import(const Options& options);

} // namespace swm
