#include "native-host/api.h"

#include "native-host/api_request.h"
#include "native-host/build_info.h"
#include "native-host/calendar_api.h"
#include "native-host/geo_api.h"
#include "native-host/http_body.h"
#include "native-host/http_json.h"
#include "native-host/organisation_api.h"
#include "native-host/register_service.h"
#include "native-host/report_route.h"
#include "native-host/verbonden_partij_api.h"

#include "core/api_error.h"
#include "core/editor_name.h"
#include "core/json_codec.h"
#include "core/partnership_filter.h"
#include "core/register_csv.h"
#include "core/register_import.h"
#include "core/saved_view.h"
#include "core/text.h"
#include "core/validation.h"
#include "core/verbonden_partij_codec.h"
#include "core/version_info.h"

#include <cstdlib>

namespace swm {
namespace {

using nlohmann::json;
using httplib::Request;
using httplib::Response;

void answer_write(Response& res, const WriteResult& r, int ok_status) {
    ApiError e;
    switch (r.outcome) {
    case WriteOutcome::ok: send_json(res, ok_status, encode_write_answer("partnership", r.record, r.change_id)); return;
    case WriteOutcome::not_found: send_error(res, api_error(404, "not_found", "api.partnership_gone")); return;
    case WriteOutcome::stale: e = api_error(409, "stale_revision", "api.partnership_stale"); break;
    case WriteOutcome::exists: e = api_error(409, "number_taken", "api.number_taken"); break;
    case WriteOutcome::invalid: send_error(res, invalid_error("api.partnership_invalid", r.errors)); return;
    }
    e.current = r.record;
    send_error(res, e);
}

void answer_view_write(Response& res, const WriteResult& r, int ok_status) {
    if (r.outcome == WriteOutcome::ok) return send_json(res, ok_status, encode_write_answer("view", r.record, r.change_id));
    if (r.outcome == WriteOutcome::not_found) return send_error(res, api_error(404, "not_found", "api.view_gone"));
    ApiError e = api_error(409, "stale_revision", "api.view_stale");
    e.current = r.record;
    send_error(res, e);
}

std::multimap<std::string, std::string> query_of(const Request& req) {
    return {req.params.begin(), req.params.end()};
}

// A read answer that is made per request (history, views, snapshots).
void send_read(const Request& req, Response& res, const json& body) {
    send_made(req, res, body.dump(-1, ' ', false, json::error_handler_t::replace));
}

// The filter of a request's query; on a bad one answers 422 and returns nullopt.
std::optional<PartnershipFilter> filter_of(const Request& req, const Dataset& dataset, Response& res) {
    ParsedFilter parsed = parse_filter(query_of(req), &dataset);
    if (parsed.errors.empty()) return std::move(parsed.filter);
    ApiError e = invalid_error("api.bad_filter", std::move(parsed.errors));
    e.code = "bad_filter";
    send_error(res, e);
    return std::nullopt;
}

// The ETag of an answer made from this revision of the register for this
// filter: known before the answer is made, so a repeated filter costs a 304.
std::string filtered_etag(const char* what, const RegisterBodies& bodies, const PartnershipFilter& filter) {
    std::string key = std::string(what) + '\n' + bodies.revision_tag();
    for (const auto& [k, v] : to_query(filter)) key += '\n' + k + '=' + v;
    return etag_of(key);
}

void list_partnerships(ApiContext& ctx, const Request& req, Response& res) {
    const auto current = ctx.store.current();
    const RegisterBodies& bodies = current->bodies();
    if (req.params.empty()) return send_kept(req, res, current, bodies.list());
    const auto filter = filter_of(req, current->dataset, res);
    if (!filter) return;
    send_made(req, res, filtered_etag("list", bodies, *filter), [&] { return bodies.list_of(bodies.index().matching(*filter)); });
}

void send_partnership(ApiContext& ctx, int number, const Request& req, Response& res) {
    const auto current = ctx.store.current();
    const RegisterBodies::Record* record = current->bodies().record(number);
    if (!record) return send_error(res, api_error(404, "not_found", "api.partnership_unknown"));
    send_made(req, res, record->etag, [record] { return std::string(record->json); });
}

void send_analysis(ApiContext& ctx, const Request& req, Response& res) {
    const auto current = ctx.store.current();
    const RegisterBodies& bodies = current->bodies();
    if (req.params.empty()) return send_kept(req, res, current, bodies.analysis());
    const auto filter = filter_of(req, current->dataset, res);
    if (!filter) return;
    send_made(req, res, filtered_etag("analysis", bodies, *filter), [&] {
        json out;
        analysis(current->dataset, query_of(req), out);
        return out.dump(-1, ' ', false, json::error_handler_t::replace);
    });
}

// A partnership as a client sent it, decoded and checked by core against the
// register as it is; `replacing` is the number of the record being updated.
std::optional<Partnership> checked_partnership(ApiContext& ctx, const json& body, std::optional<int64_t> replacing,
                                               Response& res) {
    Decoded<Partnership> p = decode_partnership(body);
    if (!p.ok()) {
        send_error(res, invalid_error("api.partnership_invalid", std::move(p.errors)));
        return std::nullopt;
    }
    std::optional<int> replaced;
    if (replacing) replaced = int(*replacing);
    ValidationErrors errors = validate_partnership(p.value, ctx.store.current()->dataset, replaced);
    if (!errors.empty()) {
        send_error(res, invalid_error("api.partnership_invalid", std::move(errors)));
        return std::nullopt;
    }
    return std::move(p.value);
}

void create_partnership(ApiContext& ctx, const Request& req, Response& res) {
    auto body = body_json(req, res);
    if (!body) return;
    auto p = checked_partnership(ctx, *body, std::nullopt, res);
    if (!p) return;
    answer_write(res, ctx.store.create(*p, actor(req, ctx)), 201);
}

void update_partnership(ApiContext& ctx, int64_t number, const Request& req, Response& res) {
    auto body = body_json(req, res);
    if (!body) return;
    int64_t revision = 0;
    if (!base_revision(req, &*body, res, revision)) return;
    if (!ctx.store.partnership(number)) return send_error(res, api_error(404, "not_found", "api.partnership_gone"));
    auto p = checked_partnership(ctx, *body, number, res);
    if (!p) return;
    answer_write(res, ctx.store.update(number, revision, *p, actor(req, ctx)), 200);
}

void install_partnership_routes(httplib::Server& svr, ApiContext& ctx) {
    svr.Get("/api/partnerships", [&ctx](const Request& req, Response& res) { list_partnerships(ctx, req, res); });
    svr.Post("/api/partnerships", [&ctx](const Request& req, Response& res) { create_partnership(ctx, req, res); });
    svr.Get(R"(/api/partnerships/(\d{1,9}))", [&ctx](const Request& req, Response& res) {
        send_partnership(ctx, std::stoi(req.matches[1]), req, res);
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
        send_read(req, res, encode_changes(ctx.store.history(std::stoll(req.matches[1]))));
    });
    svr.Post(R"(/api/changes/(\d{1,18})/restore)", [&ctx](const Request& req, Response& res) {
        const WriteResult r = ctx.store.restore(std::stoll(req.matches[1]), actor(req, ctx));
        if (r.outcome == WriteOutcome::ok && r.entity == "view") return answer_view_write(res, r, 200);
        answer_write(res, r, 200);
    });
    svr.Get("/api/changes", [&ctx](const Request& req, Response& res) { send_read(req, res, encode_changes(ctx.store.changes(200))); });
}

// The comparison base named by a query value: a snapshot id, or "now".
// nullopt when there is no such snapshot; errors when it no longer decodes.
std::optional<Decoded<Dataset>> dataset_named(ApiContext& ctx, const std::string& which) {
    if (which.empty() || which == "now") return Decoded<Dataset>{ctx.store.current()->dataset, {}};
    int64_t id = 0;
    if (!parse_int(which, id)) return std::nullopt;
    return ctx.store.snapshot_dataset(id);
}

void install_snapshot_routes(httplib::Server& svr, ApiContext& ctx) {
    svr.Get("/api/snapshots", [&ctx](const Request& req, Response& res) { send_read(req, res, encode_snapshot_list(ctx.store.snapshots())); });
    svr.Post("/api/snapshots", [&ctx](const Request& req, Response& res) {
        auto body = body_json(req, res);
        if (!body) return;
        Decoded<SnapshotRequest> r = decode_snapshot_request(*body);
        ValidationErrors problems = r.ok() ? validate_snapshot_request(r.value) : r.errors;
        if (!problems.empty()) return send_error(res, invalid_error("api.snapshot_invalid", std::move(problems)));
        send_json(res, 201, encode_snapshot_info(ctx.store.take_snapshot(r.value.name, r.value.peildatum, actor(req, ctx))));
    });
    // The register as it was, to be read, never written.
    svr.Get(R"(/api/snapshots/(\d{1,18}))", [&ctx](const Request& req, Response& res) {
        auto snapshot = ctx.store.snapshot_dataset(std::stoll(req.matches[1]));
        if (!snapshot) return send_error(res, api_error(404, "not_found", "api.snapshot_unknown"));
        if (!snapshot->ok()) {
            ApiError e = api_error(500, "snapshot_damaged", "api.snapshot_damaged");
            e.fields = snapshot->errors;
            return send_error(res, e);
        }
        send_read(req, res, encode_dataset(snapshot->value));
    });
    svr.Get(R"(/api/snapshots/(\d{1,18})/compare)", [&ctx](const Request& req, Response& res) {
        auto from = ctx.store.snapshot_dataset(std::stoll(req.matches[1]));
        auto to = dataset_named(ctx, req.get_param_value("with"));
        if (!from || !to) return send_error(res, api_error(404, "not_found", "api.snapshot_unknown"));
        if (!from->ok() || !to->ok()) {
            ApiError e = api_error(500, "snapshot_damaged", "api.snapshot_damaged");
            e.fields = from->ok() ? to->errors : from->errors;
            return send_error(res, e);
        }
        send_read(req, res, encode_comparison(compare_datasets(from->value, to->value)));
    });
}

std::vector<long long> view_ids(ApiContext& ctx) {
    std::vector<long long> ids;
    for (const auto& v : ctx.store.views()) ids.push_back(v.id);
    return ids;
}

// A saved view or deck as sent; 422 with the fields when core refuses it.
std::optional<SavedView> checked_view(ApiContext& ctx, const json& body, Response& res) {
    ValidationErrors errors = validate_saved_view(body, ctx.store.current()->dataset, view_ids(ctx));
    Decoded<SavedView> v = decode_saved_view(body);
    if (errors.empty()) errors = v.errors;
    if (!errors.empty()) {
        send_error(res, invalid_error("api.view_invalid", std::move(errors)));
        return std::nullopt;
    }
    return std::move(v.value);
}

void install_view_routes(httplib::Server& svr, ApiContext& ctx) {
    svr.Get("/api/views", [&ctx](const Request& req, Response& res) { send_read(req, res, encode_saved_view_list(ctx.store.views())); });
    svr.Get(R"(/api/views/(\d{1,18}))", [&ctx](const Request& req, Response& res) {
        auto v = ctx.store.view(std::stoll(req.matches[1]));
        if (!v) return send_error(res, api_error(404, "not_found", "api.view_unknown"));
        send_read(req, res, encode_saved_view(*v));
    });
    svr.Post("/api/views", [&ctx](const Request& req, Response& res) {
        auto body = body_json(req, res);
        if (!body) return;
        auto v = checked_view(ctx, *body, res);
        if (!v) return;
        answer_view_write(res, ctx.store.create_view(*v, actor(req, ctx)), 201);
    });
    svr.Put(R"(/api/views/(\d{1,18}))", [&ctx](const Request& req, Response& res) {
        auto body = body_json(req, res);
        if (!body) return;
        int64_t revision = 0;
        if (!base_revision(req, &*body, res, revision)) return;
        auto v = checked_view(ctx, *body, res);
        if (!v) return;
        answer_view_write(res, ctx.store.update_view(std::stoll(req.matches[1]), revision, *v, actor(req, ctx)), 200);
    });
    svr.Delete(R"(/api/views/(\d{1,18}))", [&ctx](const Request& req, Response& res) {
        int64_t revision = 0;
        if (!base_revision(req, nullptr, res, revision)) return;
        const int64_t id = std::stoll(req.matches[1]);
        if (ctx.store.view_in_deck(id)) return send_error(res, api_error(409, "in_deck", "api.view_in_deck"));
        answer_view_write(res, ctx.store.remove_view(id, revision, actor(req, ctx)), 200);
    });
}

std::optional<ImportFormat> format_of(const Request& req, Response& res) {
    const std::string format = req.has_param("format") ? req.get_param_value("format") : "json";
    if (format == "json") return ImportFormat::json;
    if (format == "csv") return ImportFormat::csv;
    send_error(res, api_error(422, "bad_format", "api.bad_format"));
    return std::nullopt;
}

void install_import_export_routes(httplib::Server& svr, ApiContext& ctx) {
    svr.Get("/api/export", [&ctx](const Request& req, Response& res) {
        const auto format = format_of(req, res);
        if (!format) return;
        const auto current = ctx.store.current();
        if (*format == ImportFormat::csv) {
            res.set_header("Content-Disposition", "attachment; filename=\"samenwerkingsverbanden.csv\"");
            return send_made(req, res, encode_register_csv(current->dataset), "text/csv; charset=utf-8");
        }
        res.set_header("Content-Disposition", "attachment; filename=\"samenwerkingsmonitor.json\"");
        // For others: without the contact persons of verbonden partijen (the
        // register's CSV names no people). Its own backup keeps them.
        if (req.get_param_value("without_names") == "1")
            return send_read(req, res, encode_dataset(without_personal_data(current->dataset)));
        send_kept(req, res, current, current->bodies().dataset());
    });
    svr.Post("/api/import", [&ctx](const Request& req, Response& res) {
        const auto format = format_of(req, res);
        if (!format) return;
        const auto current = ctx.store.current();
        PreparedImport prepared = prepare_import(*format, req.body, current->dataset);
        if (!prepared.dataset) return send_error(res, prepared.error);
        // A preview answers what the import would change and changes nothing.
        if (req.get_param_value("preview") == "1")
            return send_json(res, 200, encode_comparison(compare_datasets(current->dataset, *prepared.dataset)));
        std::string problem;
        const std::string backup = ctx.backup(problem);
        if (backup.empty()) return send_error(res, api_error(500, "backup_failed", "api.backup_failed", problem));
        ctx.store.replace_dataset(*prepared.dataset, actor(req, ctx), "import");
        send_json(res, 200, encode_import_answer(prepared.dataset->partnerships.size(), backup));
    });
}

} // namespace

std::string actor(const Request& req, const ApiContext& ctx) {
    // Checked before routing (editor_header_ok) and decoded once, by cpp-httplib.
    const std::string name = normalised_editor_name(editor_header(req));
    return name.empty() ? ctx.default_actor : name;
}

void install_api(httplib::Server& svr, ApiContext& ctx) {
    // Public (session.h): it names the program, for a second start, and says
    // whether this client may write. Other machines only read.
    svr.Get("/api/version", [&ctx](const Request& req, Response& res) {
        VersionInfo v = this_build();
        v.read_only = ctx.settings.read_only || !is_local_peer(req.remote_addr);
        send_json(res, 200, encode_version_info(v));
    });
    svr.Get("/api/dataset", [&ctx](const Request& req, Response& res) {
        const auto current = ctx.store.current();
        send_kept(req, res, current, current->bodies().dataset());
    });
    svr.Get("/api/organisations", [&ctx](const Request& req, Response& res) {
        const auto current = ctx.store.current();
        send_kept(req, res, current, current->bodies().organisations());
    });
    svr.Get("/api/strategy", [&ctx](const Request& req, Response& res) {
        const auto current = ctx.store.current();
        send_kept(req, res, current, current->bodies().strategy());
    });
    svr.Get("/api/analysis", [&ctx](const Request& req, Response& res) { send_analysis(ctx, req, res); });
    install_geo_routes(svr, ctx);
    install_calendar_routes(svr, ctx);
    install_verbonden_partij_routes(svr, ctx);
    install_organisation_routes(svr, ctx);
    install_report_route(svr, ctx);
    install_partnership_routes(svr, ctx);
    install_snapshot_routes(svr, ctx);
    install_view_routes(svr, ctx);
    install_import_export_routes(svr, ctx);

    // Anything else under /api/ is a JSON 404, for every method.
    auto unknown = [](const Request& req, Response& res) {
        send_error(res, api_error(404, "not_found", "api.unknown_route", req.method + " " + clean_utf8(req.path, 800)));
    };
    svr.Get("/api/.*", unknown);
    svr.Post("/api/.*", unknown);
    svr.Put("/api/.*", unknown);
    svr.Delete("/api/.*", unknown);
    svr.Patch("/api/.*", unknown);
}

} // namespace swm
