// The monitor as a running program: the data folder, the database, the
// HTTP server with the UI and the API.
#pragma once
#include "native-host/options.h"

namespace swm {

// Serves until a shutdown request; returns the process exit code.
int serve(const Options& options);

} // namespace swm
