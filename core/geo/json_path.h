// Where in a JSON document something is ("features[3].geometry"), for the
// error messages of the geometry readers.
#pragma once
#include <cstddef>
#include <string>

namespace swm::geo {

inline std::string path_at(const std::string& base, const char* key) { return base + "." + key; }
inline std::string path_at(const std::string& base, std::size_t i) { return base + "[" + std::to_string(i) + "]"; }

} // namespace swm::geo
