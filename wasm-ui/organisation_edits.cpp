#include "organisation_edits.h"

#include "api_client.h"
#include "data_source.h"

#include "core/json_codec.h"

namespace swm::web {
namespace {

std::optional<Organisation> organisation_in(const nlohmann::json& j, const char* key) {
    if (!j.is_object() || !j.contains(key)) return std::nullopt;
    auto decoded = decode_organisation(j[key]);
    if (!decoded.ok()) return std::nullopt;
    return std::move(decoded.value);
}

OrganisationWriteResult organisation_result(int status, const std::string& body) {
    OrganisationWriteResult out;
    out.status = status;
    Loaded<nlohmann::json> r = read_response(status, body);
    out.error = r.error;
    const nlohmann::json& j = r.value;
    if (!j.is_object()) return out;
    out.organisation = organisation_in(j, "organisation");
    if (status == 409 && j.value("error", "") == "stale_revision") out.current = organisation_in(j, "current");
    for (const auto& f : j.value("fields", nlohmann::json::array())) {
        if (f.is_object()) out.fields.push_back({f.value("field", ""), f.value("message", ""), f.value("message_en", "")});
    }
    return out;
}

void send_organisation(const char* method, const std::string& path, const std::string& body, OrganisationWriteFn done) {
    api_request(method, path, body, [done = std::move(done)](int status, const std::string& text) {
        done(organisation_result(status, text));
    });
}

} // namespace

void save_organisation(const Organisation& o, bool create, OrganisationWriteFn done) {
    const std::string body = encode_organisation(o).dump();
    if (create) return send_organisation("POST", "/api/organisations", body, std::move(done));
    send_organisation("PUT", "/api/organisations/" + o.id, body, std::move(done));
}

void request_merge(const std::string& source, int revision, const std::string& into,
                        const std::optional<std::string>& end_date, OrganisationWriteFn done) {
    const nlohmann::json body = {{"into", into},
                                 {"end_date", end_date ? nlohmann::json(*end_date) : nlohmann::json()},
                                 {"revision", revision}};
    send_organisation("POST", "/api/organisations/" + source + "/merge", body.dump(), std::move(done));
}

} // namespace swm::web
