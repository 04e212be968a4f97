#include "core/geo/map_import.h"

namespace swm::geo {

using nlohmann::json;

json encode_map_import(const MapImport& r) {
    return {{"municipalities", r.municipalities},
            {"vertices", r.vertices},
            {"crs", r.source_crs == Crs::rd_new ? "rd_new" : "wgs84"},
            {"schematic", r.schematic},
            {"provenance", encode_map_provenance(r.provenance)}};
}

json encode_map_reset(const MapProvenance& shipped) { return {{"provenance", encode_map_provenance(shipped)}}; }

std::optional<MapImport> decode_map_import(const json& j) {
    if (!j.is_object()) return std::nullopt;
    const auto count = [&j](const char* key) -> std::optional<std::size_t> {
        const auto it = j.find(key);
        if (it == j.end() || !it->is_number_unsigned()) return std::nullopt;
        return it->get<std::size_t>();
    };
    const auto municipalities = count("municipalities");
    const auto vertices = count("vertices");
    const auto crs = j.find("crs");
    const auto schematic = j.find("schematic");
    const auto provenance = j.find("provenance");
    if (!municipalities || !vertices || crs == j.end() || !crs->is_string() || schematic == j.end() ||
        !schematic->is_boolean() || provenance == j.end())
        return std::nullopt;
    MapImport r;
    r.municipalities = *municipalities;
    r.vertices = *vertices;
    if (*crs == "rd_new") r.source_crs = Crs::rd_new;
    else if (*crs == "wgs84") r.source_crs = Crs::wgs84;
    else return std::nullopt;
    r.schematic = schematic->get<bool>();
    GeoErrors errors;
    const auto decoded = decode_map_provenance(*provenance, errors);
    if (!decoded) return std::nullopt;
    r.provenance = *decoded;
    return r;
}

} // namespace swm::geo
