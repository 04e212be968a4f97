#include "edits.h"

#include "api_client.h"
#include "data_source.h"

#include "core/json_codec.h"

namespace swm::web {
namespace {

std::optional<Partnership> partnership_in(const nlohmann::json& j, const char* key) {
    if (!j.is_object() || !j.contains(key)) return std::nullopt;
    auto decoded = decode_partnership(j[key]);
    if (!decoded.ok()) return std::nullopt;
    return std::move(decoded.value);
}

WriteResult to_result(int status, const std::string& body) {
    WriteResult out;
    out.status = status;
    Loaded<nlohmann::json> r = read_response(status, body);
    out.error = r.error;
    const nlohmann::json& j = r.value;
    if (!j.is_object()) return out;
    out.partnership = partnership_in(j, "partnership");
    if (j.contains("change_id") && j["change_id"].is_number_integer()) out.change_id = j["change_id"].get<long long>();
    if (status == 409 && j.value("error", "") == "stale_revision") out.current = partnership_in(j, "current");
    if (j.contains("fields") && j["fields"].is_array()) {
        for (const auto& f : j["fields"]) {
            if (!f.is_object()) continue;
            out.fields.push_back({f.value("field", ""), f.value("message", ""), f.value("message_en", "")});
        }
    }
    return out;
}

void send(const char* method, const std::string& path, const std::string& body, WriteFn done) {
    api_request(method, path, body,
                [done = std::move(done)](int status, const std::string& text) { done(to_result(status, text)); });
}

} // namespace

void save_partnership(const Partnership& p, bool create, WriteFn done) {
    const std::string body = encode_partnership(p).dump();
    if (create) {
        send("POST", "/api/partnerships", body, std::move(done));
        return;
    }
    send("PUT", "/api/partnerships/" + std::to_string(p.number), body, std::move(done));
}

void delete_partnership(int number, int revision, WriteFn done) {
    send("DELETE", "/api/partnerships/" + std::to_string(number) + "?revision=" + std::to_string(revision), "",
         std::move(done));
}

void restore_change(long long change_id, WriteFn done) {
    send("POST", "/api/changes/" + std::to_string(change_id) + "/restore", "{}", std::move(done));
}

} // namespace swm::web
