// The map's routes: GET /api/geo (the active map document, WGS84, with its
// provenance: core/geo/map_document.h), POST /api/geo/import (GeoJSON or
// TopoJSON in the body; ?name= the file's name) and DELETE /api/geo/import
// (back to the shipped map).
#pragma once
#include "native-host/api.h"

namespace swm {

void install_geo_routes(httplib::Server& svr, ApiContext& ctx);

} // namespace swm
