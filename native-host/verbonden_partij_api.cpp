#include "native-host/verbonden_partij_api.h"

#include "native-host/api_request.h"
#include "native-host/http_json.h"

#include "core/json_codec.h"
#include "core/validation.h"
#include "core/verbonden_partij.h"
#include "core/verbonden_partij_codec.h"
#include "core/verbonden_partij_csv.h"

namespace swm {
namespace {

using httplib::Request;
using httplib::Response;
using nlohmann::json;

// The organisation `id` with the verbonden partij a client sent, decoded and
// checked by core; nullopt after answering the refusal.
std::optional<Organisation> with_verbonden_partij(ApiContext& ctx, const std::string& id, const json& value,
                                                  Response& res) {
    const auto current = ctx.store.current();
    const Organisation* stored = current->dataset.organisation(id);
    if (!stored) {
        send_error(res, api_error(404, "not_found", "api.organisation_unknown"));
        return std::nullopt;
    }
    json record = encode_organisation(*stored);
    record["verbonden_partij"] = value;
    Decoded<Organisation> o = decode_organisation(record);
    ValidationErrors errors = o.ok() ? validate_organisation(o.value) : std::move(o.errors);
    // The partnerships it links to must exist in the register.
    if (errors.empty() && o.value.verbonden_partij)
        errors = validate_verbonden_partij(*o.value.verbonden_partij, "verbonden_partij", &current->dataset);
    if (!errors.empty()) {
        send_error(res, invalid_error("api.verbonden_partij_invalid", std::move(errors)));
        return std::nullopt;
    }
    return std::move(o.value);
}

void put_verbonden_partij(ApiContext& ctx, const std::string& id, const Request& req, Response& res) {
    auto body = body_json(req, res);
    if (!body) return;
    const auto update = decode_verbonden_partij_update(*body);
    if (!update) return send_error(res, api_error(428, "before_required", "api.verbonden_partij_before_required"));
    auto organisation = with_verbonden_partij(ctx, id, update->value, res);
    if (!organisation) return;
    // Stored as core writes it, so a read gives back exactly what was checked.
    const json after = encode_organisation(*organisation)["verbonden_partij"];
    const WriteResult w = ctx.store.update_verbonden_partij(id, update->before, after, actor(req, ctx));
    if (w.outcome == WriteOutcome::not_found) return send_error(res, api_error(404, "not_found", "api.organisation_unknown"));
    if (w.outcome == WriteOutcome::stale) {
        ApiError e = api_error(409, "stale_revision", "api.verbonden_partij_stale");
        e.current = w.record;
        return send_error(res, e);
    }
    send_json(res, 200, encode_write_answer("verbonden_partij", w.record, w.change_id));
}

} // namespace

void install_verbonden_partij_routes(httplib::Server& svr, ApiContext& ctx) {
    // The paragraph's figures for Excel; contacts (personal data) only when asked for.
    svr.Get("/api/verbonden_partijen.csv", [&ctx](const Request& req, Response& res) {
        const bool with_contacts = req.has_param("contacts") && req.get_param_value("contacts") == "ja";
        res.set_header("Content-Disposition", "attachment; filename=\"verbonden-partijen.csv\"");
        res.set_content(encode_verbonden_partijen_csv(ctx.store.current()->dataset, with_contacts), "text/csv; charset=utf-8");
    });
    svr.Put(R"(/api/organisations/([a-zA-Z0-9-]{1,64})/verbonden_partij)", [&ctx](const Request& req, Response& res) {
        put_verbonden_partij(ctx, req.matches[1].str(), req, res);
    });
}

} // namespace swm
