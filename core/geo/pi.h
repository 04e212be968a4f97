#pragma once

namespace swm::geo {

inline constexpr double kPi = 3.14159265358979323846;

} // namespace swm::geo
