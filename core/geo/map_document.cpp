#include "core/geo/map_document.h"

#include "core/geo/geojson_document.h"
#include "core/geo/json_guard.h"

#include <nlohmann/json.hpp>

namespace swm::geo {

MapDocument read_map_document(std::string_view text, const GeoJsonOptions& options) {
    nlohmann::json doc;
    MapDocument out;
    if (!parse_json_document(text, doc, out.errors)) return out;
    return decode_map_document(doc, options);
}

MapDocument decode_map_document(const nlohmann::json& doc, const GeoJsonOptions& options) {
    MapDocument out;
    GeoJsonResult r = read_map_data(doc, options);
    out.errors = std::move(r.errors);
    out.source_crs = r.source_crs;
    if (doc.is_object())
        if (auto p = doc.find("provenance"); p != doc.end() && !p->is_null())
            out.provenance = decode_map_provenance(*p, out.errors);
    if (out.errors.empty()) out.map = std::move(r.map);
    return out;
}

std::string encode_map_document(const MunicipalityMap& map, const MapProvenance& provenance) {
    nlohmann::ordered_json doc = geojson_object(map);
    // The member before "features", so that a reader of the text meets it first.
    nlohmann::ordered_json out;
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (it.key() == "features") out["provenance"] = nlohmann::ordered_json(encode_map_provenance(provenance));
        out[it.key()] = std::move(it.value());
    }
    return out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace swm::geo
