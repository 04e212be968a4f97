#include "native-host/verbonden_partij_api.h"

#include "native-host/http_json.h"
#include "native-host/register_service.h"

#include "core/json_codec.h"

namespace swm {
namespace {

using httplib::Request;
using httplib::Response;
using nlohmann::json;

void put_verbonden_partij(ApiContext& ctx, const std::string& id, const Request& req, Response& res) {
    Decoded<json> parsed = parse_json(req.body);
    if (!parsed.ok() || !parsed.value.is_object()) {
        return send_error(res, 400, "bad_json", "De inhoud moet een JSON-object zijn ({...}).");
    }
    const json& body = parsed.value;
    if (!body.contains("verbonden_partij") || !body.contains("before")) {
        return send_error(res, 428, "before_required",
                          "Geef mee wat u het laatst las (\"before\") en de nieuwe waarde (\"verbonden_partij\"), zodat "
                          "niemand ongemerkt andermans wijziging overschrijft.");
    }
    json dataset = ctx.store.dataset();
    json* organisation = nullptr;
    for (json& o : dataset["organisations"]) {
        if (o.value("id", "") == id) organisation = &o;
    }
    if (!organisation) return send_error(res, 404, "not_found", "Deze organisatie bestaat niet (meer).");
    (*organisation)["verbonden_partij"] = body["verbonden_partij"];
    const auto problems = check_dataset(dataset);
    if (!problems.empty()) {
        json fields = json::array();
        for (const auto& p : problems) fields.push_back({{"field", p.field}, {"message", p.message}, {"message_en", p.message_en}});
        return send_error(res, 422, "invalid", "De gegevens kloppen niet; er is niets opgeslagen.", {{"fields", fields}});
    }
    // Stored as core writes it, so a read gives back exactly what was checked.
    const json after = encode_organisation(decode_organisation(*organisation).value)["verbonden_partij"];
    const WriteResult w = ctx.store.update_verbonden_partij(id, body["before"], after, actor(req, ctx));
    if (w.outcome == WriteOutcome::not_found) return send_error(res, 404, "not_found", "Deze organisatie bestaat niet (meer).");
    if (w.outcome == WriteOutcome::stale) {
        return send_error(res, 409, "stale_revision",
                          "Iemand anders heeft deze verbonden partij intussen gewijzigd. Laad haar opnieuw en breng uw "
                          "wijziging opnieuw aan.",
                          {{"current", w.record}});
    }
    send_json(res, 200, {{"verbonden_partij", w.record}, {"change_id", w.change_id}});
}

} // namespace

void install_verbonden_partij_routes(httplib::Server& svr, ApiContext& ctx) {
    svr.Put(R"(/api/organisations/([a-zA-Z0-9-]{1,64})/verbonden_partij)", [&ctx](const Request& req, Response& res) {
        put_verbonden_partij(ctx, req.matches[1].str(), req, res);
    });
}

} // namespace swm
