// The map projection: equirectangular, centred on the map, with longitudes
// scaled by cos(latitude of the centre), giving kilometres east/north.
//
// Why this one: the map covers ~80 x 80 km around 52.2 N. Plotting raw lon/lat
// would stretch Twente by 1/cos(52.2) = 1.63 east-west; scaling by cos(lat0)
// removes that, and over 0.7 degrees of latitude the remaining scale error is
// below 1 % at the edges, as good as Web Mercator at this size, while the
// result is in plain kilometres (distances and buffers in the schematic map
// are then just Euclidean) and the inverse is exact and trivial.
#pragma once
#include "core/geo/bbox.h"
#include "core/geo/point.h"

namespace swm::geo {

class LocalProjection {
public:
    // Centred on (lon0, lat0) in degrees.
    LocalProjection(double lon0 = 6.6, double lat0 = 52.2);
    // Centred on the middle of a lon/lat box.
    static LocalProjection centred_on(const BBox& lonlat);

    // {lon, lat} degrees -> {east, north} km from the centre.
    Point forward(Point lonlat) const;
    // {east, north} km -> {lon, lat} degrees.
    Point inverse(Point km) const;
    BBox forward_box(const BBox& lonlat) const;

    double lon0() const { return lon0_; }
    double lat0() const { return lat0_; }

private:
    double lon0_;
    double lat0_;
    double km_per_deg_x_;
    double km_per_deg_y_;
};

// Projected km -> screen pixels (y down), fitting a world box into a viewport
// with the aspect ratio kept and the map centred.
struct ScreenTransform {
    double scale = 1.0;     // pixels per km
    double offset_x = 0.0;  // pixel x of km x = 0
    double offset_y = 0.0;  // pixel y of km y = 0

    static ScreenTransform fit(const BBox& world_km, double width_px, double height_px,
                               double padding_px = 0.0);
    Point to_screen(Point km) const { return {offset_x + km.x * scale, offset_y - km.y * scale}; }
    Point to_world(Point px) const { return {(px.x - offset_x) / scale, (offset_y - px.y) / scale}; }
};

} // namespace swm::geo
