// Subcommands that work on a data folder without serving: export, import,
// the offline snapshot and the council report (`report [--output FILE.html]
// [--since SNAPSHOT_ID]`).
#pragma once
#include "native-host/options.h"

namespace swm {

int run_export(const Options& options);
int run_import(const Options& options);
int run_snapshot(const Options& options);
int run_report(const Options& options);

} // namespace swm
