#include "edits.h"

#include "api_client.h"
#include "data_source.h"

#include "core/api_error.h"
#include "core/json_codec.h"

namespace swm::web {
namespace {

std::optional<Partnership> partnership_in(const nlohmann::json& record) {
    auto decoded = decode_partnership(record);
    if (!decoded.ok()) return std::nullopt;
    return std::move(decoded.value);
}

WriteResult to_result(int status, const std::string& body) {
    WriteResult out;
    out.status = status;
    Loaded<nlohmann::json> r = read_response(status, body);
    out.error = r.error;
    if (const auto answer = decode_write_answer("partnership", r.value)) {
        out.partnership = partnership_in(answer->record);
        out.change_id = answer->change_id;
    }
    if (r.ok()) return out;
    const ErrorBody refusal = decode_error_body(r.value, Lang::nl);
    if (status == 409 && refusal.code == "stale_revision") out.current = partnership_in(refusal.current);
    out.fields = host_field_errors(r.value);
    return out;
}

void send(const char* method, const std::string& path, const std::string& body, WriteFn done) {
    api_request(method, path, body,
                [done = std::move(done)](int status, const std::string& text) { done(to_result(status, text)); });
}

} // namespace

std::vector<HostFieldError> host_field_errors(const nlohmann::json& error_body) {
    // The same problems in the same order, once per language.
    const ErrorBody nl = decode_error_body(error_body, Lang::nl);
    const ErrorBody en = decode_error_body(error_body, Lang::en);
    std::vector<HostFieldError> out;
    for (std::size_t i = 0; i < nl.problems.size(); ++i)
        out.push_back({nl.problems[i].field, nl.problems[i].message, en.problems[i].message});
    return out;
}

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
