// What an import answers once it has replaced the register (POST
// /api/import), as a client reads it: how many partnerships the register
// holds now and the backup made of the register it replaced, so the user
// knows where the old one is. The host writes it with encode_import_answer
// (register_import.h). A preview (?preview=1) answers a DatasetComparison.
#pragma once
#include "core/json_codec.h"

#include <nlohmann/json.hpp>

#include <string>

namespace swm {

struct ImportResult {
    int imported = 0;    // partnerships in the register now
    std::string backup;  // the backup file's path on the host
};

// {"imported": N, "backup": "path"}, as encode_import_answer writes it.
Decoded<ImportResult> decode_import_result(const nlohmann::json& j);

} // namespace swm
