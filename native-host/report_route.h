// GET /report: the printable council report as one HTML page (report.h);
// ?since=ID compares with snapshot ID instead of the first snapshot.
#pragma once
#include "native-host/api.h"

namespace swm {

void install_report_route(httplib::Server& svr, ApiContext& ctx);

} // namespace swm
