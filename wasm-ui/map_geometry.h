// The map's geometry prepared once per loaded map, so that a frame only
// transforms and submits: every municipality projected to kilometres
// (core/geo/projection.h), triangulated at a few levels of detail, with its
// label point and box, a hit index, and the outlines of the regions.
#pragma once
#include "core/geo/hit_test.h"
#include "core/geo/municipality_map.h"
#include "core/geo/outline.h"
#include "core/geo/projection.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace swm::web {

// One level of detail: filled triangles and the rings for the border lines.
struct MapLod {
    double tolerance_km = 0;
    std::vector<geo::Point> vertices;
    std::vector<std::uint32_t> indices;
    std::vector<geo::Ring> rings;
};

struct MapArea {
    std::string statcode;
    std::string name;
    geo::MultiPolygon shape;  // km, full detail: hit testing
    geo::BBox box;            // km
    geo::Point label;         // km
    std::array<MapLod, 4> lods;  // finest first
};

// Move only: the hit index points into `areas`, whose elements a move keeps
// in place and a copy would not.
struct MapGeometry {
    MapGeometry() = default;
    MapGeometry(MapGeometry&&) = default;
    MapGeometry& operator=(MapGeometry&&) = default;
    MapGeometry(const MapGeometry&) = delete;
    MapGeometry& operator=(const MapGeometry&) = delete;

    geo::LocalProjection projection;
    std::vector<MapArea> areas;
    geo::HitIndex hits;  // over areas[i].shape
    bool schematic = false;

    // Finest level whose simplification stays below half a pixel.
    static int lod_for(double px_per_km);
    int find(std::string_view statcode) const;
};

// `focus` (WGS84): the projection is centred on it, e.g. the register's
// municipalities, so that their shapes are the most faithful.
MapGeometry build_map_geometry(const geo::MunicipalityMap& map, const geo::BBox& focus);

// Outline segments (km) of a group of areas, e.g. a region's members.
std::vector<geo::Segment> group_outline(const MapGeometry& geometry, const std::vector<int>& members);

} // namespace swm::web
