#include "native-host/geo_api.h"

#include "native-host/geo_store.h"
#include "native-host/http_json.h"

#include <memory>

namespace swm {
namespace {

using httplib::Request;
using httplib::Response;

// The file's name as the UI sends it, for "where does this map come from";
// any bytes: the store makes them valid text (core/geo/map_provenance.h).
std::string source_name(const Request& req) { return req.has_param("name") ? req.get_param_value("name") : ""; }

void import_map(GeoStore& geo, ApiContext& ctx, const Request& req, Response& res) {
    const MapImport r = geo.import(req.body, source_name(req), actor(req, ctx),
                                   required_municipalities(ctx.store.current()->dataset.organisations));
    if (!r.errors.empty()) return send_error(res, map_error(r.errors));
    send_json(res, 200, geo::encode_map_import(r));
}

} // namespace

void install_geo_routes(httplib::Server& svr, ApiContext& ctx) {
    // Owned by the routes, which live as long as the server.
    auto geo = std::make_shared<GeoStore>(ctx.db_path);
    svr.Get("/api/geo", [geo](const Request&, Response& res) {
        res.set_content(geo->active_geojson(), "application/geo+json; charset=utf-8");
    });
    svr.Post("/api/geo/import", [geo, &ctx](const Request& req, Response& res) { import_map(*geo, ctx, req, res); });
    svr.Delete("/api/geo/import", [geo](const Request&, Response& res) {
        geo->reset();
        send_json(res, 200, geo::encode_map_reset(shipped_map()->provenance));
    });
}

} // namespace swm
