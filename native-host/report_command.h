// `samenwerkingsmonitor report [--output FILE.html] [--since SNAPSHOT_ID]`:
// writes the printable council report (report.h) of a data folder.
#pragma once
#include "native-host/options.h"

namespace swm {

int run_report(const Options& options);

} // namespace swm
