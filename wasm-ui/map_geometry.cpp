#include "map_geometry.h"

#include "core/geo/label_point.h"
#include "core/geo/simplify.h"
#include "core/geo/triangulate.h"

namespace swm::web {
namespace {

// Tolerances of the levels of detail in km: full, ~50 m, ~250 m, ~1 km.
constexpr std::array<double, 4> kLodTolerance = {0.0, 0.05, 0.25, 1.0};

MapLod make_lod(const geo::MultiPolygon& shape, double tolerance) {
    MapLod lod;
    lod.tolerance_km = tolerance;
    const geo::MultiPolygon simple = tolerance > 0 ? geo::simplify(shape, {tolerance, true}) : shape;
    geo::Triangulation t = geo::triangulate(simple);
    lod.vertices = std::move(t.vertices);
    lod.indices = std::move(t.indices);
    for (const auto& part : simple.parts) {
        lod.rings.push_back(part.outer);
        for (const auto& hole : part.holes) lod.rings.push_back(hole);
    }
    return lod;
}

} // namespace

int MapGeometry::lod_for(double px_per_km) {
    for (int i = int(kLodTolerance.size()) - 1; i > 0; --i)
        if (kLodTolerance[std::size_t(i)] * px_per_km <= 0.5) return i;
    return 0;
}

int MapGeometry::find(std::string_view statcode) const {
    for (std::size_t i = 0; i < areas.size(); ++i)
        if (areas[i].statcode == statcode) return int(i);
    return -1;
}

MapGeometry build_map_geometry(const geo::MunicipalityMap& map, const geo::BBox& focus) {
    MapGeometry g;
    g.schematic = map.schematic;
    g.projection = geo::LocalProjection::centred_on(focus.empty() ? map.bbox() : focus);
    g.areas.reserve(map.municipalities.size());
    for (const auto& m : map.municipalities) {
        MapArea a;
        a.statcode = m.statcode;
        a.name = m.name;
        a.shape = m.area;
        geo::transform(a.shape, [&](geo::Point p) { return g.projection.forward(p); });
        a.box = geo::bbox(a.shape);
        a.label = geo::label_point(a.shape);
        for (std::size_t i = 0; i < kLodTolerance.size(); ++i) a.lods[i] = make_lod(a.shape, kLodTolerance[i]);
        g.areas.push_back(std::move(a));
    }
    std::vector<const geo::MultiPolygon*> shapes;
    for (const auto& a : g.areas) shapes.push_back(&a.shape);
    g.hits = geo::HitIndex(shapes);
    return g;
}

std::vector<geo::Segment> group_outline(const MapGeometry& geometry, const std::vector<int>& members) {
    std::vector<const geo::MultiPolygon*> shapes;
    for (int i : members) shapes.push_back(&geometry.areas[std::size_t(i)].shape);
    return geo::outline_edges(shapes);
}

} // namespace swm::web
