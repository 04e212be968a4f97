// RD New (EPSG:28992, "Rijksdriehoekscoördinaten") <-> WGS84, with the
// approximation polynomials of Schreutelkamp & Strang van Hees ("Benaderings-
// formules voor de transformatie tussen RD- en WGS84-kaartcoördinaten", 2001).
// Within the Netherlands they agree with the official RDNAPTRANS to well under
// a metre, which is far below what a municipal map can show, and they need no
// grid file: the same code runs in the browser.
#pragma once
#include "core/geo/bbox.h"
#include "core/geo/point.h"

namespace swm::geo {

// Origin of RD: the Onze Lieve Vrouwetoren in Amersfoort.
inline constexpr double kRdX0 = 155000.0;
inline constexpr double kRdY0 = 463000.0;
inline constexpr double kRdLat0 = 52.15517440;
inline constexpr double kRdLon0 = 5.38720621;

// rd = {x easting, y northing} in metres -> {x lon, y lat} in degrees.
Point rd_to_wgs84(Point rd);
// {x lon, y lat} in degrees -> {x easting, y northing} in metres.
Point wgs84_to_rd(Point lonlat);

// The area where RD coordinates are defined (with a margin for the sea and
// the border strip). Used to validate RD input and to recognise it.
inline constexpr BBox kRdDomain{-7000.0, 289000.0, 300000.0, 629000.0};

} // namespace swm::geo
