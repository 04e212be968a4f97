// What happens to an imported map after parsing, checked for every map a
// fuzz target gets through the parser: the host stores it encoded as GeoJSON
// (which must read back), the UI and the report triangulate and label it.
#pragma once
#include "tests/fuzz/fuzz_support.h"

#include "core/geo/geojson.h"
#include "core/geo/label_point.h"
#include "core/geo/triangulate.h"

namespace swm::fuzz {

inline void check_imported_map(const geo::GeoJsonResult& r) {
    if (r.map.has_value() == !r.errors.empty()) broken("a map must come with no errors, errors without a map");
    for (const auto& e : r.errors) (void)e.describe(Lang::nl);
    if (!r.map) return;
    const geo::GeoJsonResult stored = geo::parse_geojson(geo::encode_geojson(*r.map));
    if (!stored.map) broken("an imported map, encoded as the host stores it, does not read back");
    if (stored.map->municipalities.size() != r.map->municipalities.size()) broken("the stored map lost municipalities");
    for (const auto& m : r.map->municipalities) {
        (void)geo::triangulate(m.area);
        (void)geo::label_point(m.area);
    }
}

} // namespace swm::fuzz
