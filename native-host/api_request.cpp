#include "native-host/api_request.h"

#include "native-host/http_json.h"

#include "core/editor_name.h"
#include "core/json_codec.h"

#include <cstdlib>

namespace swm {

using nlohmann::json;

std::optional<json> body_json(const httplib::Request& req, httplib::Response& res) {
    Decoded<json> parsed = parse_json(req.body);
    if (!parsed.ok()) {
        ApiError e = api_error(400, "bad_json", "api.bad_json", parsed.errors.front().message(Lang::en));
        e.fields = parsed.errors;
        send_error(res, e);
        return std::nullopt;
    }
    if (!parsed.value.is_object()) {
        send_error(res, api_error(400, "bad_json", "api.expected_object"));
        return std::nullopt;
    }
    return std::move(parsed.value);
}

bool parse_int(const std::string& s, int64_t& out) {
    if (s.empty() || s.size() > 18) return false;
    char* end = nullptr;
    out = std::strtoll(s.c_str(), &end, 10);
    return end && *end == '\0';
}

bool base_revision(const httplib::Request& req, const json* body, httplib::Response& res, int64_t& out) {
    if (body && body->contains("revision") && (*body)["revision"].is_number_integer()) {
        out = (*body)["revision"].get<int64_t>();
        return true;
    }
    if (req.has_param("revision") && parse_int(req.get_param_value("revision"), out)) return true;
    send_error(res, api_error(428, "revision_required", "api.revision_required"));
    return false;
}

std::string editor_header(const httplib::Request& req) {
    // Request::get_header_value() passes through a C string: it would cut a
    // decoded "%00" and hide it from the check.
    const auto it = req.headers.find(kEditorHeader);
    return it == req.headers.end() ? std::string() : it->second;
}

bool editor_header_ok(const httplib::Request& req, httplib::Response& res) {
    if (!req.has_header(kEditorHeader)) return true;
    ValidationErrors problems = validate_editor_name(editor_header(req), kEditorHeader);
    if (problems.empty()) return true;
    ApiError e = invalid_error("api.bad_editor", std::move(problems));
    e.code = "bad_editor";
    send_error(res, e);
    return false;
}

} // namespace swm
