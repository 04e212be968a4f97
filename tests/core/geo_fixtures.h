// Shapes and files the geometry tests share.
#pragma once
#include "default_dataset.h"

#include "core/geo/pi.h"
#include "core/geo/polygon.h"

#include <string>

namespace swm::test {

// The axis-aligned square with its lower-left corner at (x0, y0),
// counter-clockwise.
inline geo::Ring square(double x0, double y0, double size) {
    return {{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}};
}

// The map the monitor ships (assets/map/, made by scripts/derive-default-map.mjs) as text.
inline std::string read_default_map() {
    return read_file(std::string(SWM_SOURCE_DIR) + "/assets/map/gemeenten-regio-2024.geojson");
}

// The register's 14 Twente and 8 Achterhoek municipalities.
inline const char* const kTwente[] = {"GM0141", "GM0147", "GM1774", "GM0153", "GM0158", "GM0163", "GM0164",
                                      "GM1735", "GM0168", "GM0173", "GM1742", "GM0183", "GM1700", "GM0189"};
inline const char* const kAchterhoek[] = {"GM0197", "GM1859", "GM1876", "GM0222",
                                          "GM1955", "GM1586", "GM1509", "GM0294"};

} // namespace swm::test
