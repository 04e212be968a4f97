// The map's routes: GET /api/geo (the active map as GeoJSON, WGS84),
// POST /api/geo/import (GeoJSON or TopoJSON in the body; ?name= the file's
// name) and DELETE /api/geo/import (back to the schematic default).
#pragma once
#include "native-host/api.h"

namespace swm {

void install_geo_routes(httplib::Server& svr, ApiContext& ctx);

} // namespace swm
