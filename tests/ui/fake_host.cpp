#include "fake_host.h"

#include "core/api_error.h"
#include "core/dataset_comparison.h"
#include "core/geo/map_document.h"
#include "core/geo/map_import.h"
#include "core/json_codec.h"
#include "core/saved_view.h"
#include "core/validation.h"
#include "core/version_info.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace swm::test {
namespace {

HttpResponse json_answer(int status, const nlohmann::json& j) { return {status, j.dump()}; }
HttpResponse error_answer(const ApiError& e) { return json_answer(e.status, encode_api_error(e)); }
HttpResponse not_found() { return error_answer(api_error(404, "not_found", "api.unknown_route")); }

nlohmann::json read_json(const std::string& relative) {
    std::ifstream in(std::string(SWM_SOURCE_DIR) + "/" + relative, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + relative);
    std::ostringstream s;
    s << in.rdbuf();
    return nlohmann::json::parse(s.str());
}

// "/api/snapshots/3/compare?with=now" -> the number after `prefix`.
long long number_after(const std::string& path, const std::string& prefix) {
    return std::atoll(path.c_str() + prefix.size());
}

bool starts(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

} // namespace

Dataset default_dataset() {
    auto decoded = decode_dataset_files(read_json("assets/data/register-2014.json"), read_json("assets/data/strategy.json"));
    if (!decoded.ok()) throw std::runtime_error("default dataset: " + decoded.errors.front().describe(Lang::en));
    return decoded.value;
}

FakeHost host_of_2014() {
    FakeHost host;
    host.dataset = default_dataset();
    return host;
}

const FakeHost::Snapshot* FakeHost::snapshot(long long id) const {
    for (const auto& s : snapshots)
        if (s.info.id == id) return &s;
    return nullptr;
}

HttpResponse FakeHost::answer(const HttpRequest& r) {
    const std::string& p = r.path;
    if (r.method == "GET") {
        if (p == "/api/version") return json_answer(200, encode_version_info(VersionInfo{}));
        if (p == "/api/dataset") return json_answer(200, encode_dataset(dataset));
        if (p == "/api/views") return json_answer(200, encode_saved_view_list({}));
        if (p == "/api/geo") return map_document.empty() ? not_found() : HttpResponse{200, map_document};
        if (p == "/api/snapshots") {
            std::vector<SnapshotInfo> list;
            for (const auto& s : snapshots) list.push_back(s.info);
            return json_answer(200, encode_snapshot_list(list));
        }
        if (starts(p, "/api/snapshots/")) {
            const Snapshot* from = snapshot(number_after(p, "/api/snapshots/"));
            if (!from) return error_answer(api_error(404, "not_found", "api.snapshot_unknown"));
            if (p.find("/compare?with=now") != std::string::npos)
                return json_answer(200, encode_comparison(compare_datasets(from->dataset, dataset)));
            return json_answer(200, encode_dataset(from->dataset));
        }
        if (starts(p, "/api/partnerships/") && p.find("/history") != std::string::npos)
            return json_answer(200, encode_changes({}));
        return not_found();
    }
    if (r.method == "PUT" && starts(p, "/api/partnerships/")) return save(r, int(number_after(p, "/api/partnerships/")));
    if (r.method == "POST" && starts(p, "/api/geo/import")) return import_map(r);
    return not_found();
}

// PUT /api/partnerships/N: the host's rules (core validation, the revision
// it was read at) and its answer.
HttpResponse FakeHost::save(const HttpRequest& r, int number) {
    Partnership* stored = nullptr;
    for (auto& p : dataset.partnerships)
        if (p.number == number) stored = &p;
    if (!stored) return error_answer(api_error(404, "not_found", "api.partnership_gone"));
    const auto body = parse_json(r.body);
    auto decoded = body.ok() ? decode_partnership(body.value) : Decoded<Partnership>{};
    if (!body.ok() || !decoded.ok()) return error_answer(api_error(400, "bad_request", "api.bad_request"));
    Partnership p = std::move(decoded.value);
    if (p.revision != stored->revision) {
        ApiError e = api_error(409, "stale_revision", "api.partnership_stale");
        e.current = encode_partnership(*stored);
        return error_answer(e);
    }
    if (auto errors = validate_partnership(p, dataset, number); !errors.empty())
        return error_answer(invalid_error("api.partnership_invalid", std::move(errors)));
    p.revision = stored->revision + 1;
    *stored = p;
    return json_answer(200, encode_write_answer("partnership", encode_partnership(p), next_change++));
}

// POST /api/geo/import?name=FILE (a plain name in these tests): checked as
// the host checks a file, answered with its provenance.
HttpResponse FakeHost::import_map(const HttpRequest& r) {
    geo::MapDocument doc = geo::read_map_document(r.body);
    if (!doc.map) return error_answer(map_error(std::move(doc.errors)));
    geo::MapImport imported;
    imported.municipalities = doc.map->municipalities.size();
    imported.schematic = doc.map->schematic;
    const std::size_t name = r.path.find("name=");
    const std::string source = name == std::string::npos ? "" : r.path.substr(name + 5);
    imported.provenance = geo::imported_provenance(source, "test", "2014-11-20T10:00:00Z", doc.provenance);
    map_document = geo::encode_map_document(*doc.map, imported.provenance);
    return json_answer(200, geo::encode_map_import(imported));
}

} // namespace swm::test
