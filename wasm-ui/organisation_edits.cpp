#include "organisation_edits.h"

#include "api_client.h"
#include "data_source.h"

#include "core/api_error.h"
#include "core/json_codec.h"

namespace swm::web {
namespace {

std::optional<Organisation> organisation_in(const nlohmann::json& record) {
    auto decoded = decode_organisation(record);
    if (!decoded.ok()) return std::nullopt;
    return std::move(decoded.value);
}

OrganisationWriteResult organisation_result(int status, const std::string& body) {
    OrganisationWriteResult out;
    out.status = status;
    Loaded<nlohmann::json> r = read_response(status, body);
    out.error = r.error;
    if (const auto answer = decode_write_answer("organisation", r.value)) out.organisation = organisation_in(answer->record);
    if (r.ok()) return out;
    const ErrorBody refusal = decode_error_body(r.value, Lang::nl);
    if (status == 409 && refusal.code == "stale_revision") out.current = organisation_in(refusal.current);
    out.fields = host_field_errors(r.value);
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
    const OrganisationMerge merge{source, into, end_date, revision};
    send_organisation("POST", "/api/organisations/" + source + "/merge", encode_organisation_merge(merge).dump(), std::move(done));
}

} // namespace swm::web
