#include "core/session_documents.h"

#include "core/json_codec.h"

namespace swm {

using nlohmann::json;

std::optional<std::string> decode_session_request(std::string_view body, const char* key) {
    const Decoded<json> parsed = parse_json(body);
    if (!parsed.ok() || !parsed.value.is_object()) return std::nullopt;
    const json& j = parsed.value;
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
}

json encode_login_answer(const std::string& credential, bool read_only) {
    return {{"credential", credential}, {"read_only", read_only}};
}

json encode_login_secret(const std::string& secret) { return {{"secret", secret}}; }

json encode_link_answer(const std::string& url) { return {{"url", url}}; }

} // namespace swm
