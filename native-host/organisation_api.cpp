#include "native-host/organisation_api.h"

#include "native-host/api_request.h"
#include "native-host/http_json.h"

#include "core/json_codec.h"
#include "core/validation.h"

namespace swm {
namespace {

using httplib::Request;
using httplib::Response;
using nlohmann::json;

void answer_organisation_write(Response& res, const WriteResult& r, int ok_status) {
    ApiError e;
    switch (r.outcome) {
    case WriteOutcome::ok: return send_json(res, ok_status, encode_write_answer("organisation", r.record, r.change_id));
    case WriteOutcome::not_found: return send_error(res, api_error(404, "not_found", "api.organisation_unknown"));
    case WriteOutcome::invalid: return send_error(res, invalid_error("api.merge_invalid", r.errors));
    case WriteOutcome::stale: e = api_error(409, "stale_revision", "api.organisation_stale"); break;
    case WriteOutcome::exists: e = api_error(409, "id_taken", "api.organisation_exists"); break;
    }
    e.current = r.record;
    send_error(res, e);
}

// An organisation as a client sent it, decoded and checked by core against
// the register; `replacing` is the id of the one being updated.
std::optional<Organisation> checked_organisation(ApiContext& ctx, const json& body,
                                                 const std::optional<std::string>& replacing, Response& res) {
    Decoded<Organisation> o = decode_organisation(body);
    ValidationErrors errors = o.ok() ? validate_organisation(o.value, ctx.store.current()->dataset, replacing)
                                     : std::move(o.errors);
    if (!errors.empty()) {
        send_error(res, invalid_error("api.organisation_invalid", std::move(errors)));
        return std::nullopt;
    }
    return std::move(o.value);
}

void post_organisation(ApiContext& ctx, const Request& req, Response& res) {
    auto body = body_json(req, res);
    if (!body) return;
    auto o = checked_organisation(ctx, *body, std::nullopt, res);
    if (!o) return;
    answer_organisation_write(res, ctx.store.create_organisation(*o, actor(req, ctx)), 201);
}

void put_organisation(ApiContext& ctx, const std::string& id, const Request& req, Response& res) {
    auto body = body_json(req, res);
    if (!body) return;
    int64_t revision = 0;
    if (!base_revision(req, &*body, res, revision)) return;
    if (!ctx.store.current()->dataset.organisation(id))
        return send_error(res, api_error(404, "not_found", "api.organisation_unknown"));
    auto o = checked_organisation(ctx, *body, id, res);
    if (!o) return;
    answer_organisation_write(res, ctx.store.update_organisation(id, revision, *o, actor(req, ctx)), 200);
}

void post_merge(ApiContext& ctx, const std::string& id, const Request& req, Response& res) {
    auto body = body_json(req, res);
    if (!body) return;
    int64_t revision = 0;
    if (!base_revision(req, &*body, res, revision)) return;
    Decoded<OrganisationMerge> merge = decode_organisation_merge(*body, id);
    if (!merge.ok()) return send_error(res, invalid_error("api.merge_invalid", std::move(merge.errors)));
    answer_organisation_write(res, ctx.store.merge_organisation(merge.value, revision, actor(req, ctx)), 200);
}

} // namespace

void install_organisation_routes(httplib::Server& svr, ApiContext& ctx) {
    svr.Post("/api/organisations", [&ctx](const Request& req, Response& res) { post_organisation(ctx, req, res); });
    svr.Put(R"(/api/organisations/([a-zA-Z0-9-]{1,64}))", [&ctx](const Request& req, Response& res) {
        put_organisation(ctx, req.matches[1].str(), req, res);
    });
    svr.Post(R"(/api/organisations/([a-zA-Z0-9-]{1,64})/merge)", [&ctx](const Request& req, Response& res) {
        post_merge(ctx, req.matches[1].str(), req, res);
    });
}

} // namespace swm
