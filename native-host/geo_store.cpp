#include "native-host/geo_store.h"

#include "native-host/clock.h"

#include "core/text.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>

// assets/map/gemeenten-regio-2024.geojson, compiled in (cmake/Embed.cmake).
extern const unsigned char swm_default_map[];
extern const unsigned long long swm_default_map_size;

namespace swm {
namespace {

using nlohmann::json;

// A row of map_geometry decoded, or why it cannot be.
struct StoredMap {
    std::shared_ptr<const ActiveMap> map;
    std::string problem;
};

StoredMap decode_stored(std::string text, const std::string& source, const std::string& imported_at,
                        const std::string& actor) {
    geo::MapDocument doc = geo::read_map_document(text);
    if (doc.map && !doc.provenance) {
        // A row written before the document carried its provenance: the
        // columns hold it, checked by the same codec.
        const json columns = {{"kind", "imported"}, {"source", source}, {"imported_at", imported_at}, {"actor", actor}};
        doc.provenance = geo::decode_map_provenance(columns, doc.errors, "map_geometry");
        if (doc.provenance) text = geo::encode_map_document(*doc.map, *doc.provenance);
    }
    if (!doc.errors.empty() || !doc.map) return {nullptr, doc.errors.empty() ? "?" : doc.errors.front().describe(Lang::nl)};
    return {std::make_shared<const ActiveMap>(ActiveMap{std::move(text), std::move(*doc.map), std::move(*doc.provenance)}), ""};
}

} // namespace

std::shared_ptr<const ActiveMap> shipped_map() {
    static const std::shared_ptr<const ActiveMap> map = [] {
        std::string text(reinterpret_cast<const char*>(swm_default_map), std::size_t(swm_default_map_size));
        geo::MapDocument doc = geo::read_map_document(text);
        // The file is part of the build and tested (tests/core/test_geo_default_map.cpp).
        if (!doc.map || !doc.provenance) std::abort();
        return std::make_shared<const ActiveMap>(ActiveMap{std::move(text), std::move(*doc.map), std::move(*doc.provenance)});
    }();
    return map;
}

// The map is read when first asked for, not at start: decoding the shipped
// one takes a few ms that the first page does not wait for.
GeoStore::GeoStore(const std::string& db_path) { db_.open(db_path, false); }

void GeoStore::load() {
    loaded_version_ = db_.data_version();
    Stmt s = db_.prepare("SELECT geojson, source, imported_at, actor FROM map_geometry WHERE id = 1");
    if (!s.step()) {
        active_ = shipped_map();
        return;
    }
    StoredMap stored = decode_stored(s.text(0), s.text(1), s.text(2), s.text(3));
    active_ = stored.map ? stored.map : shipped_map();
    if (stored.problem.empty() || stored.problem == reported_) return;
    reported_ = stored.problem;
    std::fprintf(stderr,
                 "De opgeslagen kaart is niet te lezen (%s); de monitor toont de meegeleverde kaart. "
                 "Lees de grenzen opnieuw in om dit op te lossen.\n",
                 replace_invalid_utf8(stored.problem).c_str());
}

std::shared_ptr<const ActiveMap> GeoStore::active() {
    std::lock_guard lock(mutex_);
    // Another connection's commit (`import-map` beside a running monitor) is read again.
    if (!active_ || db_.data_version() != loaded_version_) load();
    return active_;
}

MapImport GeoStore::import(std::string_view text, const std::string& source, const std::string& actor,
                           const std::vector<geo::RequiredMunicipality>& required) {
    MapImport r;
    geo::MapDocument doc = geo::read_map_document(text);
    r.errors = std::move(doc.errors);
    if (!doc.map) return r;
    r.errors = geo::check_coverage(*doc.map, required);
    if (!r.errors.empty()) return r;
    r.source_crs = doc.source_crs;
    r.schematic = doc.map->schematic;
    r.municipalities = doc.map->municipalities.size();
    for (const auto& m : doc.map->municipalities) r.vertices += geo::vertex_count(m.area);
    r.provenance = geo::imported_provenance(source, actor, utc_now(), doc.provenance);
    std::string encoded = geo::encode_map_document(*doc.map, r.provenance);
    std::lock_guard lock(mutex_);
    db_.prepare("INSERT OR REPLACE INTO map_geometry (id, geojson, source, imported_at, actor) VALUES (1, ?, ?, ?, ?)")
        .bind(1, encoded)
        .bind(2, r.provenance.source)
        .bind(3, r.provenance.imported_at)
        .bind(4, r.provenance.actor)
        .run();
    active_ = std::make_shared<const ActiveMap>(ActiveMap{std::move(encoded), std::move(*doc.map), r.provenance});
    return r;
}

void GeoStore::reset() {
    std::lock_guard lock(mutex_);
    db_.exec("DELETE FROM map_geometry");
    active_ = shipped_map();
}

std::vector<geo::RequiredMunicipality> required_municipalities(const std::vector<Organisation>& organisations) {
    std::vector<geo::RequiredMunicipality> out;
    for (const Organisation& o : organisations) {
        if (o.kind == OrganisationKind::gemeente) out.push_back({o.id, o.name, o.aliases});
    }
    return out;
}

} // namespace swm
