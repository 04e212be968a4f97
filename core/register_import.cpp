#include "core/register_import.h"

#include "core/json_codec.h"
#include "core/register_csv.h"
#include "core/validation.h"

namespace swm {
namespace {

PreparedImport refused(ValidationErrors fields, std::vector<CsvError> rows = {}) {
    PreparedImport out;
    out.error = invalid_error("import.refused", std::move(fields));
    out.error.rows = std::move(rows);
    return out;
}

PreparedImport from_json(std::string_view text) {
    Decoded<nlohmann::json> parsed = parse_json(text);
    if (!parsed.ok()) return refused(parsed.errors);
    Decoded<Dataset> d = decode_dataset(parsed.value);
    if (!d.ok()) return refused(d.errors);
    ValidationErrors errors = validate_dataset(d.value);
    if (!errors.empty()) return refused(std::move(errors));
    PreparedImport out;
    out.dataset = std::move(d.value);
    return out;
}

PreparedImport from_csv(std::string_view text, const Dataset& current) {
    CsvImport imported = decode_register_csv(text, current);
    if (!imported.ok()) return refused({}, std::move(imported.errors));
    PreparedImport out;
    out.dataset = current;
    out.dataset->partnerships = std::move(imported.partnerships);
    return out;
}

} // namespace

PreparedImport prepare_import(ImportFormat format, std::string_view text, const Dataset& current) {
    return format == ImportFormat::csv ? from_csv(text, current) : from_json(text);
}

nlohmann::json encode_import_answer(std::size_t imported, const std::string& backup) {
    return {{"imported", imported}, {"backup", backup}};
}

} // namespace swm
