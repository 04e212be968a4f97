#include "native-host/api.h"

#include "native-host/build_info.h"
#include "native-host/calendar_api.h"
#include "native-host/geo_api.h"
#include "native-host/http_json.h"
#include "native-host/register_service.h"
#include "native-host/report_route.h"
#include "native-host/verbonden_partij_api.h"

#include "core/json_codec.h"
#include "core/saved_view.h"

#include <cstdlib>

namespace swm {
namespace {

using nlohmann::json;
using httplib::Request;
using httplib::Response;

json problems_json(const std::vector<FieldProblem>& problems) {
    json out = json::array();
    for (const auto& p : problems) out.push_back({{"field", p.field}, {"message", p.message}, {"message_en", p.message_en}});
    return out;
}

// Parses the request body as a JSON object; on failure answers 400 with what
// is wrong and where, and returns nullopt. core's parser never throws and
// refuses hostile nesting.
std::optional<json> body_json(const Request& req, Response& res) {
    Decoded<json> parsed = parse_json(req.body);
    if (!parsed.ok()) {
        const ValidationError& e = parsed.errors.front();
        send_error(res, 400, "bad_json", "De inhoud is " + e.message(Lang::nl) + ".", {{"detail", e.detail}});
        return std::nullopt;
    }
    if (!parsed.value.is_object()) {
        send_error(res, 400, "bad_json", "De inhoud moet een JSON-object zijn ({...}).");
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

// The revision a write is based on: in the body ("revision") for PUT, in
// the query (?revision=) for DELETE.
bool base_revision(const Request& req, const json* body, Response& res, int64_t& out) {
    if (body && body->contains("revision") && (*body)["revision"].is_number_integer()) {
        out = (*body)["revision"].get<int64_t>();
        return true;
    }
    if (req.has_param("revision") && parse_int(req.get_param_value("revision"), out)) return true;
    send_error(res, 428, "revision_required",
               "Geef de revisie mee waarop de wijziging gebaseerd is (\"revision\"), zodat niemand ongemerkt andermans wijziging overschrijft.");
    return false;
}

void answer_write(Response& res, const WriteResult& r, int ok_status) {
    switch (r.outcome) {
    case WriteOutcome::ok: send_json(res, ok_status, {{"partnership", r.record}, {"change_id", r.change_id}}); return;
    case WriteOutcome::not_found: send_error(res, 404, "not_found", "Dit samenwerkingsverband bestaat niet (meer)."); return;
    case WriteOutcome::stale:
        send_error(res, 409, "stale_revision",
                   "Iemand anders heeft dit samenwerkingsverband intussen gewijzigd. Laad de nieuwe versie en breng uw wijziging opnieuw aan.",
                   {{"current", r.record}});
        return;
    case WriteOutcome::exists:
        send_error(res, 409, "number_taken", "Er is al een samenwerkingsverband met dit nummer.", {{"current", r.record}});
        return;
    }
}

void answer_view_write(Response& res, const WriteResult& r, int ok_status) {
    if (r.outcome == WriteOutcome::ok) return send_json(res, ok_status, {{"view", r.record}, {"change_id", r.change_id}});
    if (r.outcome == WriteOutcome::not_found) return send_error(res, 404, "not_found", "Dit opgeslagen beeld bestaat niet (meer).");
    send_error(res, 409, "stale_revision", "Iemand anders heeft dit beeld intussen gewijzigd. Laad het opnieuw.", {{"current", r.record}});
}

std::multimap<std::string, std::string> query_of(const Request& req) {
    return {req.params.begin(), req.params.end()};
}

void list_partnerships(ApiContext& ctx, const Request& req, Response& res) {
    const auto current = ctx.store.current();
    json shown;
    const auto problems = filter_partnerships(current->dataset, query_of(req), shown);
    if (!problems.empty()) {
        send_error(res, 422, "bad_filter", "Onbekende filterwaarde.", {{"fields", problems_json(problems)}});
        return;
    }
    send_json(res, 200, {{"partnerships", shown}, {"total", current->dataset.partnerships.size()}, {"shown", shown.size()},
                         {"peildatum", current->dataset.peildatum}});
}

void create_partnership(ApiContext& ctx, const Request& req, Response& res) {
    auto body = body_json(req, res);
    if (!body) return;
    json record;
    const auto problems = check_partnership(*body, ctx.store.current()->dataset, std::nullopt, record);
    if (!problems.empty()) {
        send_error(res, 422, "invalid", "De gegevens kloppen niet; er is niets opgeslagen.", {{"fields", problems_json(problems)}});
        return;
    }
    answer_write(res, ctx.store.create(record, actor(req, ctx)), 201);
}

void update_partnership(ApiContext& ctx, int64_t number, const Request& req, Response& res) {
    auto body = body_json(req, res);
    if (!body) return;
    int64_t revision = 0;
    if (!base_revision(req, &*body, res, revision)) return;
    if (!ctx.store.partnership(number)) return send_error(res, 404, "not_found", "Dit samenwerkingsverband bestaat niet (meer).");
    json record;
    const auto problems = check_partnership(*body, ctx.store.current()->dataset, number, record);
    if (!problems.empty()) {
        send_error(res, 422, "invalid", "De gegevens kloppen niet; er is niets opgeslagen.", {{"fields", problems_json(problems)}});
        return;
    }
    answer_write(res, ctx.store.update(number, revision, record, actor(req, ctx)), 200);
}

void install_partnership_routes(httplib::Server& svr, ApiContext& ctx) {
    svr.Get("/api/partnerships", [&ctx](const Request& req, Response& res) { list_partnerships(ctx, req, res); });
    svr.Post("/api/partnerships", [&ctx](const Request& req, Response& res) { create_partnership(ctx, req, res); });
    svr.Get(R"(/api/partnerships/(\d{1,9}))", [&ctx](const Request& req, Response& res) {
        auto p = ctx.store.partnership(std::stoll(req.matches[1]));
        if (!p) return send_error(res, 404, "not_found", "Dit samenwerkingsverband bestaat niet.");
        send_json(res, 200, *p);
    });
    svr.Put(R"(/api/partnerships/(\d{1,9}))", [&ctx](const Request& req, Response& res) {
        update_partnership(ctx, std::stoll(req.matches[1]), req, res);
    });
    svr.Delete(R"(/api/partnerships/(\d{1,9}))", [&ctx](const Request& req, Response& res) {
        int64_t revision = 0;
        if (!base_revision(req, nullptr, res, revision)) return;
        answer_write(res, ctx.store.remove(std::stoll(req.matches[1]), revision, actor(req, ctx)), 200);
    });
    svr.Get(R"(/api/partnerships/(\d{1,9})/history)", [&ctx](const Request& req, Response& res) {
        send_json(res, 200, {{"changes", ctx.store.history(std::stoll(req.matches[1]))}});
    });
    svr.Post(R"(/api/changes/(\d{1,18})/restore)", [&ctx](const Request& req, Response& res) {
        const WriteResult r = ctx.store.restore(std::stoll(req.matches[1]), actor(req, ctx));
        if (r.outcome == WriteOutcome::ok && r.record.contains("kind")) return answer_view_write(res, r, 200);
        answer_write(res, r, 200);
    });
    svr.Get("/api/changes", [&ctx](const Request&, Response& res) { send_json(res, 200, {{"changes", ctx.store.changes(200)}}); });
}

// The comparison base named by a query value: a snapshot id, or "now".
std::optional<json> dataset_named(ApiContext& ctx, const std::string& which) {
    if (which.empty() || which == "now") return ctx.store.current()->json;
    int64_t id = 0;
    if (!parse_int(which, id)) return std::nullopt;
    return ctx.store.snapshot_dataset(id);
}

void install_snapshot_routes(httplib::Server& svr, ApiContext& ctx) {
    svr.Get("/api/snapshots", [&ctx](const Request&, Response& res) { send_json(res, 200, {{"snapshots", ctx.store.snapshots()}}); });
    svr.Post("/api/snapshots", [&ctx](const Request& req, Response& res) {
        auto body = body_json(req, res);
        if (!body) return;
        const std::string name = body->value("name", "");
        const std::string peildatum = body->value("peildatum", "");
        std::vector<FieldProblem> problems;
        if (name.empty() || name.size() > 200) problems.push_back({"name", "Geef de momentopname een naam (hoogstens 200 tekens).", "Name the snapshot (at most 200 characters)."});
        if (peildatum.empty() || peildatum.size() > 40) problems.push_back({"peildatum", "Geef een peildatum.", "Give a reference date."});
        if (!problems.empty()) return send_error(res, 422, "invalid", "De momentopname is niet gemaakt.", {{"fields", problems_json(problems)}});
        send_json(res, 201, ctx.store.take_snapshot(name, peildatum, actor(req, ctx)));
    });
    svr.Get(R"(/api/snapshots/(\d{1,18})/compare)", [&ctx](const Request& req, Response& res) {
        auto from = ctx.store.snapshot_dataset(std::stoll(req.matches[1]));
        auto to = dataset_named(ctx, req.get_param_value("with"));
        if (!from || !to) return send_error(res, 404, "not_found", "Deze momentopname bestaat niet.");
        send_json(res, 200, compare_datasets(*from, *to));
    });
}

std::vector<long long> view_ids(ApiContext& ctx) {
    std::vector<long long> ids;
    for (const auto& v : ctx.store.views()) ids.push_back(v["id"].get<long long>());
    return ids;
}

// A saved view or deck as sent; 422 with the fields when core refuses it.
bool check_view(ApiContext& ctx, const json& body, Response& res) {
    const ValidationErrors errors = validate_saved_view(body, ctx.store.current()->dataset, view_ids(ctx));
    if (errors.empty()) return true;
    std::vector<FieldProblem> problems;
    for (const auto& e : errors) problems.push_back({e.field, e.message(Lang::nl), e.message(Lang::en)});
    send_error(res, 422, "invalid", "Het beeld is niet opgeslagen: de gegevens kloppen niet.", {{"fields", problems_json(problems)}});
    return false;
}

void install_view_routes(httplib::Server& svr, ApiContext& ctx) {
    svr.Get("/api/views", [&ctx](const Request&, Response& res) { send_json(res, 200, {{"views", ctx.store.views()}}); });
    svr.Get(R"(/api/views/(\d{1,18}))", [&ctx](const Request& req, Response& res) {
        auto v = ctx.store.view(std::stoll(req.matches[1]));
        if (!v) return send_error(res, 404, "not_found", "Dit opgeslagen beeld bestaat niet.");
        send_json(res, 200, *v);
    });
    svr.Post("/api/views", [&ctx](const Request& req, Response& res) {
        auto body = body_json(req, res);
        if (!body || !check_view(ctx, *body, res)) return;
        answer_view_write(res, ctx.store.create_view(*body, actor(req, ctx)), 201);
    });
    svr.Put(R"(/api/views/(\d{1,18}))", [&ctx](const Request& req, Response& res) {
        auto body = body_json(req, res);
        if (!body) return;
        int64_t revision = 0;
        if (!base_revision(req, &*body, res, revision) || !check_view(ctx, *body, res)) return;
        answer_view_write(res, ctx.store.update_view(std::stoll(req.matches[1]), revision, *body, actor(req, ctx)), 200);
    });
    svr.Delete(R"(/api/views/(\d{1,18}))", [&ctx](const Request& req, Response& res) {
        int64_t revision = 0;
        if (!base_revision(req, nullptr, res, revision)) return;
        const int64_t id = std::stoll(req.matches[1]);
        if (ctx.store.view_in_deck(id))
            return send_error(res, 409, "in_deck", "Dit beeld is een dia van een presentatie; haal het daar eerst weg.");
        answer_view_write(res, ctx.store.remove_view(id, revision, actor(req, ctx)), 200);
    });
}

void install_import_export_routes(httplib::Server& svr, ApiContext& ctx) {
    svr.Get("/api/export", [&ctx](const Request& req, Response& res) {
        const std::string format = req.has_param("format") ? req.get_param_value("format") : "json";
        if (format == "csv") {
            res.set_header("Content-Disposition", "attachment; filename=\"samenwerkingsverbanden.csv\"");
            res.set_content(partnerships_to_csv(ctx.store.current()->json), "text/csv; charset=utf-8");
            return;
        }
        if (format != "json") return send_error(res, 422, "bad_format", "Formaat moet json of csv zijn.");
        res.set_header("Content-Disposition", "attachment; filename=\"samenwerkingsmonitor.json\"");
        send_json(res, 200, ctx.store.current()->json);
    });
    svr.Post("/api/import", [&ctx](const Request& req, Response& res) {
        const std::string format = req.has_param("format") ? req.get_param_value("format") : "json";
        json dataset;
        if (format == "csv") {
            dataset = ctx.store.dataset();
            CsvImport imported = partnerships_from_csv(req.body, dataset);
            if (!imported.problems.empty()) {
                json rows = json::array();
                for (const auto& p : imported.problems) rows.push_back({{"row", p.row}, {"column", p.column}, {"message", p.message}});
                return send_error(res, 422, "invalid", "Het bestand bevat fouten; er is niets ingelezen.", {{"rows", rows}});
            }
            dataset["partnerships"] = imported.partnerships;
        } else if (format == "json") {
            auto body = body_json(req, res);
            if (!body) return;
            dataset = std::move(*body);
        } else {
            return send_error(res, 422, "bad_format", "Formaat moet json of csv zijn.");
        }
        const auto problems = check_dataset(dataset);
        if (!problems.empty())
            return send_error(res, 422, "invalid", "Het bestand bevat fouten; er is niets ingelezen.", {{"fields", problems_json(problems)}});
        std::string error;
        const std::string backup = ctx.backup(error);
        if (backup.empty()) return send_error(res, 500, "backup_failed", "Kon geen back-up maken; er is niets ingelezen: " + error);
        ctx.store.replace_dataset(dataset, actor(req, ctx), "import");
        send_json(res, 200, {{"imported", dataset["partnerships"].size()}, {"backup", backup}});
    });
}

} // namespace

std::string actor(const Request& req, const ApiContext& ctx) {
    std::string name = req.get_header_value("X-SWM-User");
    if (name.size() > 100) name.resize(100);
    return name.empty() ? ctx.default_actor : name;
}

void install_api(httplib::Server& svr, ApiContext& ctx) {
    svr.Get("/api/version", [&ctx](const Request&, Response& res) {
        send_json(res, 200,
                  {{"name", "Samenwerkingsmonitor"}, {"version", kVersion}, {"commit", kGitCommit}, {"build_date", kBuildDate},
                   {"read_only", ctx.settings.read_only}, {"user", ctx.default_actor}});
    });
    // The write token, for the page this host serves. Only a same-origin
    // script can read the answer (no CORS, and the Host check stops DNS
    // rebinding); browsers that say where a request comes from are held to it.
    svr.Get("/api/session", [&ctx](const Request& req, Response& res) {
        const std::string site = req.get_header_value("Sec-Fetch-Site");
        if (!site.empty() && site != "same-origin" && site != "none")
            return send_error(res, 403, "bad_origin", "Verzoek geweigerd: de schrijfsleutel is alleen voor de eigen pagina van de monitor.");
        res.set_header("Cache-Control", "no-store");
        send_json(res, 200, {{"token", ctx.settings.token}, {"read_only", ctx.settings.read_only}});
    });
    svr.Get("/api/dataset", [&ctx](const Request&, Response& res) { send_json(res, 200, ctx.store.current()->json); });
    svr.Get("/api/organisations", [&ctx](const Request&, Response& res) {
        send_json(res, 200, {{"organisations", ctx.store.organisations()}});
    });
    svr.Get("/api/strategy", [&ctx](const Request&, Response& res) { send_json(res, 200, ctx.store.strategy()); });
    svr.Get("/api/analysis", [&ctx](const Request& req, Response& res) {
        const auto current = ctx.store.current();
        json out;
        const auto problems = analysis(current->dataset, query_of(req), out);
        if (!problems.empty()) return send_error(res, 422, "bad_filter", "Onbekende filterwaarde.", {{"fields", problems_json(problems)}});
        send_json(res, 200, out);
    });
    install_geo_routes(svr, ctx);
    install_calendar_routes(svr, ctx);
    install_verbonden_partij_routes(svr, ctx);
    install_report_route(svr, ctx);
    install_partnership_routes(svr, ctx);
    install_snapshot_routes(svr, ctx);
    install_view_routes(svr, ctx);
    install_import_export_routes(svr, ctx);

    // Anything else under /api/ is a JSON 404, for every method.
    auto unknown = [](const Request& req, Response& res) {
        send_error(res, 404, "not_found", "Onbekend adres: " + req.method + " " + req.path);
    };
    svr.Get("/api/.*", unknown);
    svr.Post("/api/.*", unknown);
    svr.Put("/api/.*", unknown);
    svr.Delete("/api/.*", unknown);
    svr.Patch("/api/.*", unknown);
}

} // namespace swm
