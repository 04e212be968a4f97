// `samenwerkingsmonitor import-map FILE`: official municipal boundaries for
// the map, checked completely before they replace the current map.
#pragma once
#include "native-host/options.h"

namespace swm {

int run_import_map(const Options& options);

} // namespace swm
