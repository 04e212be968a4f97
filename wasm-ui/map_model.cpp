#include "map_model.h"

#include "web_platform.h"


#include <algorithm>

namespace swm::web {

void MapModel::build(const geo::MunicipalityMap& map, geo::MapProvenance source, const Dataset& dataset) {
    const double t0 = now_ms();
    geo::BBox focus;
    for (const auto& m : map.municipalities)
        if (const Organisation* o = dataset.organisation(m.statcode); o && o->kind == OrganisationKind::gemeente)
            focus.extend(geo::bbox(m.area));
    geometry = build_map_geometry(map, focus);
    provenance = std::move(source);
    index.clear();
    focus_km = geo::BBox{};
    for (std::size_t i = 0; i < geometry->areas.size(); ++i) {
        index[geometry->areas[i].statcode] = int(i);
        if (const Organisation* o = dataset.organisation(geometry->areas[i].statcode); o && o->kind == OrganisationKind::gemeente)
            focus_km.extend(geometry->areas[i].box);
    }
    geo::BBox all_km;
    for (const auto& a : geometry->areas) all_km.extend(a.box);
    if (focus_km.empty()) focus_km = all_km;
    min_zoom = std::min(0.5, 0.8 * std::min(focus_km.width() / all_km.width(), focus_km.height() / all_km.height()));
    for (auto& members : region_members) members.clear();
    for (auto& edges : region_edges) edges.clear();
    build_ms = now_ms() - t0;
}

void MapModel::derive(const Dataset& dataset, const PartnershipFilter& filter) {
    const auto& areas = geometry->areas;
    counts.assign(areas.size(), 0);
    memberships.assign(areas.size(), 0);
    in_register.assign(areas.size(), false);
    shown_total = 0;
    for (const auto& p : dataset.partnerships) {
        if (!matches(filter, p, dataset)) continue;
        ++shown_total;
        for (const auto& id : p.partners_counted(filter.stated_only))
            if (auto it = index.find(id); it != index.end()) ++counts[std::size_t(it->second)];
    }
    std::array<std::vector<int>, kMapScaleCount> members;
    for (const auto& o : dataset.organisations) {
        auto it = index.find(o.id);
        if (it == index.end() || o.kind != OrganisationKind::gemeente) continue;
        in_register[std::size_t(it->second)] = true;
        for (std::size_t s = 0; s < kMapScaleCount; ++s)
            if (o.in_region(kMapScales[s].scale)) {
                memberships[std::size_t(it->second)] |= 1u << s;
                members[s].push_back(it->second);
            }
    }
    // Region outlines are the costly part: recomputed only when a
    // membership changed.
    for (std::size_t s = 0; s < kMapScaleCount; ++s) {
        std::sort(members[s].begin(), members[s].end());
        if (members[s] == region_members[s]) continue;
        region_members[s] = members[s];
        region_edges[s] = group_outline(*geometry, members[s]);
    }
    hvt = area(std::string(kHofVanTwenteId));
    std::vector<int> register_counts;
    for (std::size_t i = 0; i < counts.size(); ++i) register_counts.push_back(in_register[i] ? counts[i] : 0);
    count_classes = shared_count_classes(register_counts, hvt);
}

int MapModel::area(const std::string& statcode) const {
    auto it = index.find(statcode);
    return it == index.end() ? -1 : it->second;
}

} // namespace swm::web
