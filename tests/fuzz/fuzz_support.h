// What the fuzz targets share: the default dataset (compiled in, as the host
// has it, so a target needs no file at run time) and a way to stop on a
// broken property with a message libFuzzer keeps beside the crash input.
#pragma once
#include "core/dataset.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace swm::fuzz {

// assets/data/register-2014.json and strategy.json, decoded once.
const Dataset& default_dataset();

// Prints `what` and aborts, so libFuzzer records the input as a crash.
[[noreturn]] void broken(const char* what);

inline std::string_view text_of(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

} // namespace swm::fuzz
