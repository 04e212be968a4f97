// The map as the register sees it: the boundaries prepared for drawing,
// where each municipality is among them, and what the register says about
// each (the partnerships it shares with Hof van Twente under the filter, its
// regions), derived again each frame. Plus what the person chose to see.
#pragma once
#include "map_geometry.h"
#include "map_style.h"

#include "core/dataset.h"
#include "core/geo/map_provenance.h"
#include "core/partnership_filter.h"

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace swm::web {

struct MapModel {
    std::optional<MapGeometry> geometry;
    std::optional<geo::MapProvenance> provenance;  // of the map shown
    std::unordered_map<std::string, int> index;    // statcode -> area
    geo::BBox focus_km;      // the register's municipalities: the fitted view
    double min_zoom = 0.5;   // far enough out to see the whole map
    double build_ms = 0;     // the last map's preparation

    // Derived from the register (derive).
    std::vector<int> counts;  // partnerships shown per area
    std::vector<unsigned> memberships;  // bit s: in kMapScales[s]
    std::vector<bool> in_register;
    int shown_total = 0;
    int hvt = -1;  // Hof van Twente's area
    std::array<std::vector<int>, kMapScaleCount> region_members;
    std::array<std::vector<geo::Segment>, kMapScaleCount> region_edges;
    std::vector<CountClass> count_classes;

    // Prepares `map` for drawing, its projection centred on the register's
    // municipalities.
    void build(const geo::MunicipalityMap& map, geo::MapProvenance source, const Dataset& dataset);
    // Counts and regions for the register under `filter`.
    void derive(const Dataset& dataset, const PartnershipFilter& filter);
    // The area of `statcode`, or -1.
    int area(const std::string& statcode) const;
};

// What the person chose to see.
struct MapChoices {
    MapColouring colouring = MapColouring::scale;
    std::array<bool, kMapScaleCount> scale_on{true, true, true, true, true};
    std::string selected;  // statcode of the selected municipality
};

} // namespace swm::web
