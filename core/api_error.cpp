#include "core/api_error.h"

#include "core/text.h"

#include "core/i18n.h"

namespace swm {
namespace {

using nlohmann::json;

json encode_problem(const ValidationError& e) {
    return {{"field", e.field}, {"key", e.key}, {"detail", e.detail}, {"message", e.message(Lang::nl)},
            {"message_en", e.message(Lang::en)}};
}

std::string text_of(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The message in `lang`, falling back to Dutch (older hosts sent only that).
std::string message_in(const json& j, Lang lang) {
    const std::string en = text_of(j, "message_en");
    return lang == Lang::en && !en.empty() ? en : text_of(j, "message");
}

} // namespace

std::string ApiError::message(Lang lang) const {
    // A map file's errors come in both languages, not as a key and a detail.
    return fill(tr(key, lang), {map.empty() ? detail : map.front().describe(lang)});
}

ApiError api_error(int status, std::string code, std::string key, std::string detail) {
    ApiError e;
    e.status = status;
    e.code = std::move(code);
    e.key = std::move(key);
    e.detail = std::move(detail);
    return e;
}

ApiError invalid_error(std::string key, ValidationErrors fields) {
    ApiError e = api_error(422, "invalid", std::move(key));
    e.fields = std::move(fields);
    return e;
}

ApiError map_error(geo::GeoErrors errors) {
    ApiError e = api_error(422, "invalid_map", "api.map_invalid");
    e.map = std::move(errors);
    return e;
}

json encode_api_error(const ApiError& e) {
    json out = {{"error", e.code}, {"key", e.key}, {"detail", e.detail}, {"message", e.message(Lang::nl)},
                {"message_en", e.message(Lang::en)}};
    if (!e.fields.empty()) {
        json fields = json::array();
        for (const auto& f : e.fields) fields.push_back(encode_problem(f));
        out["fields"] = fields;
    }
    if (!e.rows.empty()) {
        json rows = json::array();
        for (const auto& r : e.rows) {
            json row = encode_problem(r.error);
            row["row"] = r.row;
            row["column"] = r.column;
            rows.push_back(row);
        }
        out["rows"] = rows;
    }
    if (!e.map.empty()) {
        json errors = json::array();
        for (const auto& m : e.map)
            errors.push_back({{"path", m.path}, {"message", m.describe(Lang::nl)}, {"message_en", m.describe(Lang::en)}});
        out["errors"] = errors;
    }
    if (!e.current.is_null()) out["current"] = e.current;
    return out;
}

ErrorBody decode_error_body(const json& body, Lang lang) {
    ErrorBody out;
    if (!body.is_object()) return out;
    out.code = text_of(body, "error");
    out.message = message_in(body, lang);
    for (const char* list : {"fields", "rows", "errors"}) {
        const auto it = body.find(list);
        if (it == body.end() || !it->is_array()) continue;
        for (const auto& p : *it) {
            if (!p.is_object()) continue;
            std::string where = text_of(p, "field");
            if (p.contains("row") && p["row"].is_number_integer()) {
                const std::string column = text_of(p, "column");
                where = fill(tr("ui.error.csv_cell", lang), {std::to_string(p["row"].get<int>())}) +
                        (column.empty() ? "" : ", " + column);
            }
            out.problems.push_back({where, message_in(p, lang)});
        }
    }
    if (body.contains("current")) out.current = body["current"];
    return out;
}

} // namespace swm
