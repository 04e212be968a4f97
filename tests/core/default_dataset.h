// The default data files (assets/data) as the tests read them: raw JSON for
// round-trip checks, decoded for everything else. Reading files is the
// tests' business; core itself does no I/O.
#pragma once
#include "core/json_codec.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace swm::test {

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline nlohmann::json read_json(const std::string& relative_path) {
    return nlohmann::json::parse(read_file(std::string(SWM_SOURCE_DIR) + "/" + relative_path));
}

inline const nlohmann::json& register_json() {
    static const nlohmann::json j = read_json("assets/data/register-2014.json");
    return j;
}

inline const nlohmann::json& strategy_json() {
    static const nlohmann::json j = read_json("assets/data/strategy.json");
    return j;
}

// Decoded once; a decoding error is a test failure elsewhere, so this throws.
inline const Dataset& default_dataset() {
    static const Dataset d = [] {
        auto decoded = decode_dataset_files(register_json(), strategy_json());
        if (!decoded.ok()) throw std::runtime_error("default dataset: " + decoded.errors.front().describe(Lang::en));
        return decoded.value;
    }();
    return d;
}

} // namespace swm::test
