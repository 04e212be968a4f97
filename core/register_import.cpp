#include "core/register_import.h"

#include "core/json_codec.h"
#include "core/register_csv.h"
#include "core/validation.h"

namespace swm {
namespace {

PreparedImport refused(ApiError e) {
    PreparedImport out;
    e.status = 422;
    e.code = "invalid";
    if (e.key.empty()) e.key = "import.refused";
    out.error = std::move(e);
    return out;
}

PreparedImport from_json(std::string_view text) {
    Decoded<nlohmann::json> parsed = parse_json(text);
    if (!parsed.ok()) return refused({0, "", "import.refused", "", parsed.errors, {}, nullptr});
    Decoded<Dataset> d = decode_dataset(parsed.value);
    if (!d.ok()) return refused({0, "", "import.refused", "", d.errors, {}, nullptr});
    ValidationErrors errors = validate_dataset(d.value);
    if (!errors.empty()) return refused({0, "", "import.refused", "", std::move(errors), {}, nullptr});
    PreparedImport out;
    out.dataset = std::move(d.value);
    return out;
}

PreparedImport from_csv(std::string_view text, const Dataset& current) {
    CsvImport imported = decode_register_csv(text, current);
    if (!imported.ok()) return refused({0, "", "import.refused", "", {}, std::move(imported.errors), nullptr});
    PreparedImport out;
    out.dataset = current;
    out.dataset->partnerships = std::move(imported.partnerships);
    return out;
}

} // namespace

PreparedImport prepare_import(ImportFormat format, std::string_view text, const Dataset& current) {
    return format == ImportFormat::csv ? from_csv(text, current) : from_json(text);
}

} // namespace swm
