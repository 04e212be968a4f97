#include "core/import_result.h"

#include "core/json_fields.h"

namespace swm {

Decoded<ImportResult> decode_import_result(const nlohmann::json& j) {
    Decoded<ImportResult> out;
    {
        jsonf::Object o(out.errors, j, "");
        o.integer("imported", out.value.imported, true);
        o.text("backup", out.value.backup, true);
    }
    return out;
}

} // namespace swm
