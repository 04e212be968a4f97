#include "native-host/geo_store.h"

#include "native-host/clock.h"

#include "core/geo/schematic_map.h"
#include "core/geo/topojson.h"

#include <nlohmann/json.hpp>

#include <ctime>

// assets/map/seats.json, compiled in (cmake/Embed.cmake).
extern const unsigned char swm_seats_json[];
extern const unsigned long long swm_seats_json_size;

namespace swm {
namespace {

using nlohmann::json;

// Adds the import's provenance to encoded GeoJSON as foreign members, by
// splicing before the closing brace: re-parsing megabytes of coordinates
// just to add two members would cost more than the encoding itself.
std::string with_provenance(std::string geojson, const json& source, const json& imported_at) {
    const std::string members = json{{"source", source}, {"imported_at", imported_at}}.dump();
    geojson.pop_back();  // '}'
    return geojson + "," + members.substr(1);
}

const std::string& schematic_geojson() {
    static const std::string text = [] {
        const std::string_view seats(reinterpret_cast<const char*>(swm_seats_json), std::size_t(swm_seats_json_size));
        return with_provenance(geo::encode_geojson(geo::schematic_map_from_json(seats)), nullptr, nullptr);
    }();
    return text;
}

} // namespace

GeoStore::GeoStore(const std::string& db_path) {
    db_.open(db_path, false);
    load();
}

void GeoStore::load() {
    Stmt s = db_.prepare("SELECT geojson, source, imported_at FROM map_geometry WHERE id = 1");
    active_ = s.step() ? with_provenance(s.text(0), s.text(1), s.text(2)) : schematic_geojson();
    loaded_version_ = data_version();
}

// Changes when another connection commits, e.g. `import-map` run beside a
// running monitor: then the cache is read again.
int64_t GeoStore::data_version() {
    Stmt s = db_.prepare("PRAGMA data_version");
    s.step();
    return s.int64(0);
}

std::string GeoStore::active_geojson() {
    std::lock_guard lock(mutex_);
    if (data_version() != loaded_version_) load();
    return active_;
}

MapImport GeoStore::import(std::string_view text, const std::string& source, const std::string& actor,
                           const std::vector<geo::RequiredMunicipality>& required) {
    MapImport r;
    geo::GeoJsonResult parsed = geo::parse_map_data(text);
    r.errors = std::move(parsed.errors);
    if (!parsed.map) return r;
    r.errors = geo::check_coverage(*parsed.map, required);
    if (!r.errors.empty()) return r;
    r.source_crs = parsed.source_crs;
    r.schematic = parsed.map->schematic;
    r.municipalities = parsed.map->municipalities.size();
    for (const auto& m : parsed.map->municipalities) r.vertices += geo::vertex_count(m.area);
    const std::string encoded = geo::encode_geojson(*parsed.map);
    const std::string at = utc_now();
    std::lock_guard lock(mutex_);
    db_.prepare("INSERT OR REPLACE INTO map_geometry (id, geojson, source, imported_at, actor) VALUES (1, ?, ?, ?, ?)")
        .bind(1, encoded)
        .bind(2, source)
        .bind(3, at)
        .bind(4, actor)
        .run();
    active_ = with_provenance(encoded, source, at);
    return r;
}

void GeoStore::reset() {
    std::lock_guard lock(mutex_);
    db_.exec("DELETE FROM map_geometry");
    active_ = schematic_geojson();
}

std::vector<geo::RequiredMunicipality> required_municipalities(const json& organisations) {
    std::vector<geo::RequiredMunicipality> out;
    for (const auto& o : organisations) {
        if (o.value("kind", "") != "gemeente") continue;
        geo::RequiredMunicipality m{o.value("id", ""), o.value("name", ""), {}};
        if (o.contains("aliases") && o["aliases"].is_array())
            for (const auto& a : o["aliases"])
                if (a.is_string()) m.aliases.push_back(a.get<std::string>());
        out.push_back(std::move(m));
    }
    return out;
}

json map_errors_json(const geo::GeoErrors& errors) {
    json out = json::array();
    for (const auto& e : errors)
        out.push_back({{"path", e.path}, {"message", e.describe(Lang::nl)}, {"message_en", e.describe(Lang::en)}});
    return out;
}

} // namespace swm
