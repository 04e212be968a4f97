// Subcommands that work on a data folder without serving: export, import
// and the offline snapshot.
#pragma once
#include "native-host/options.h"

namespace swm {

int run_export(const Options& options);
int run_import(const Options& options);
int run_snapshot(const Options& options);

} // namespace swm
