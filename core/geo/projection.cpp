#include "core/geo/projection.h"

#include "core/geo/pi.h"

#include <algorithm>
#include <cmath>

namespace swm::geo {
namespace {
// Mean length of a degree of latitude on the WGS84 ellipsoid near 52 N; the
// sphere's 111.195 km would be 0.1 % short here.
constexpr double kKmPerDegLat = 111.26;
} // namespace

LocalProjection::LocalProjection(double lon0, double lat0)
    : lon0_(lon0), lat0_(lat0), km_per_deg_x_(kKmPerDegLat * std::cos(lat0 * kPi / 180.0)),
      km_per_deg_y_(kKmPerDegLat) {}

LocalProjection LocalProjection::centred_on(const BBox& lonlat) {
    if (lonlat.empty()) return LocalProjection();
    Point c = lonlat.center();
    return LocalProjection(c.x, c.y);
}

Point LocalProjection::forward(Point lonlat) const {
    return {(lonlat.x - lon0_) * km_per_deg_x_, (lonlat.y - lat0_) * km_per_deg_y_};
}

Point LocalProjection::inverse(Point km) const {
    return {lon0_ + km.x / km_per_deg_x_, lat0_ + km.y / km_per_deg_y_};
}

BBox LocalProjection::forward_box(const BBox& lonlat) const {
    BBox b;
    if (lonlat.empty()) return b;
    b.extend(forward(Point{lonlat.min_x, lonlat.min_y}));
    b.extend(forward(Point{lonlat.max_x, lonlat.max_y}));
    return b;
}

ScreenTransform ScreenTransform::fit(const BBox& world, double width, double height, double padding) {
    ScreenTransform t;
    if (world.empty()) return t;
    const double w = std::max(width - 2 * padding, 1.0);
    const double h = std::max(height - 2 * padding, 1.0);
    const double ww = std::max(world.width(), 1e-12);
    const double wh = std::max(world.height(), 1e-12);
    t.scale = std::min(w / ww, h / wh);
    const Point c = world.center();
    t.offset_x = width / 2 - c.x * t.scale;
    t.offset_y = height / 2 + c.y * t.scale;
    return t;
}

} // namespace swm::geo
