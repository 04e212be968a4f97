#include "core/geo/schematic_map.h"

#include "core/geo/outline.h"
#include "core/geo/projection.h"
#include "core/geo/voronoi.h"

namespace swm::geo {

MunicipalityMap build_schematic_map(const SeatTable& table, const SchematicOptions& options) {
    MunicipalityMap map;
    map.schematic = true;

    // Sites in lon/lat with the municipality they belong to; a position
    // given twice counts once (two sites on one spot have no bisector).
    std::vector<Point> lonlat;
    std::vector<std::size_t> owner;
    BBox box;
    for (std::size_t m = 0; m < table.municipalities.size(); ++m) {
        const SeatEntry& e = table.municipalities[m];
        auto add = [&](const Place& p) {
            const Point q{p.lon, p.lat};
            for (const Point& r : lonlat)
                if (r == q) return;
            lonlat.push_back(q);
            owner.push_back(m);
            box.extend(q);
        };
        add(e.seat);
        for (const Place& p : e.places) add(p);
    }

    // Work in kilometres so that the disks are round on the ground.
    const LocalProjection projection = LocalProjection::centred_on(box);
    std::vector<Point> sites;
    for (Point p : lonlat) sites.push_back(projection.forward(p));
    const std::vector<Ring> cells = voronoi_disk_cells(sites, options.radius_km, options.circle_segments);

    for (std::size_t m = 0; m < table.municipalities.size(); ++m) {
        std::vector<MultiPolygon> pieces;
        for (std::size_t s = 0; s < sites.size(); ++s)
            if (owner[s] == m && cells[s].size() >= 3) pieces.push_back(MultiPolygon{{Polygon{cells[s], {}}}});
        std::vector<const MultiPolygon*> refs;
        for (const auto& p : pieces) refs.push_back(&p);
        // 1 mm: far above the float noise of the cell corners, far below
        // anything visible.
        MultiPolygon area = pieces.size() == 1 ? pieces[0] : merge_shapes(refs, 1e-6);
        transform(area, [&](Point p) { return projection.inverse(p); });
        normalize(area);
        const SeatEntry& e = table.municipalities[m];
        map.municipalities.push_back({e.statcode, e.name, std::move(area)});
    }
    return map;
}

MunicipalityMap schematic_map_from_json(std::string_view seats_json, GeoErrors* errors,
                                        const SchematicOptions& options) {
    SeatTableResult parsed = parse_seat_table(seats_json);
    if (errors) *errors = parsed.errors;
    if (!parsed.table) {
        MunicipalityMap empty;
        empty.schematic = true;
        return empty;
    }
    return build_schematic_map(*parsed.table, options);
}

} // namespace swm::geo
