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

// The seats of the default map (assets/map/seats.json) as text.
inline std::string read_seats() { return read_file(std::string(SWM_SOURCE_DIR) + "/assets/map/seats.json"); }

} // namespace swm::test
