// An import as the user asks for it: a file in JSON (a whole dataset, the
// export of this or an older version) or CSV (the partnerships, with the
// rest of the register as it is), read and checked as a whole. Either every
// record is right and `dataset` is what the register becomes, or nothing is
// and `error` says what, where.
#pragma once
#include "core/api_error.h"
#include "core/dataset.h"

#include <optional>
#include <string_view>

namespace swm {

enum class ImportFormat { json, csv };

struct PreparedImport {
    std::optional<Dataset> dataset;
    ApiError error;  // when there is no dataset
};

PreparedImport prepare_import(ImportFormat format, std::string_view text, const Dataset& current);

// POST /api/import's answer: {"imported": partnerships now in the register,
// "backup": the file the register was copied to first}.
nlohmann::json encode_import_answer(std::size_t imported, const std::string& backup);

} // namespace swm
