#include "data_source.h"

#include "api_client.h"
#include "ui_text.h"

#include "core/json_codec.h"
#include "core/text.h"

namespace swm::web {
namespace {

void get_json(const std::string& path, JsonFn done) {
    api_get(path, [done = std::move(done)](int status, const std::string& body) { done(read_response(status, body)); });
}

} // namespace

Loaded<nlohmann::json> read_response(int status, const std::string& body) {
    Loaded<nlohmann::json> out;
    if (status == 0) {
        out.error = t("ui.error.unreachable");
        return out;
    }
    auto parsed = parse_json(body);
    if (!parsed.ok()) {
        out.error = fill(t("ui.error.bad_response"), {std::to_string(status)});
        return out;
    }
    out.value = std::move(parsed.value);
    if (status >= 200 && status < 300) return out;
    // The host's errors carry a Dutch message; the status tells the rest.
    const std::string message = out.value.is_object() ? out.value.value("message", "") : "";
    out.error = fill(t("ui.error.status"), {std::to_string(status), message});
    return out;
}

void load_version(JsonFn done) { get_json("/api/version", std::move(done)); }

void load_dataset(DatasetFn done) {
    get_json("/api/dataset", [done = std::move(done)](Loaded<nlohmann::json> r) {
        Loaded<Dataset> out;
        if (!r.ok()) {
            out.error = r.error;
            done(std::move(out));
            return;
        }
        auto decoded = decode_dataset(r.value);
        if (!decoded.ok()) {
            out.error = fill(t("ui.error.bad_dataset"), {decoded.errors.front().describe(ui_lang())});
            done(std::move(out));
            return;
        }
        out.value = std::move(decoded.value);
        done(std::move(out));
    });
}

void load_history(int number, JsonFn done) {
    get_json("/api/partnerships/" + std::to_string(number) + "/history", std::move(done));
}

void load_snapshots(JsonFn done) { get_json("/api/snapshots", std::move(done)); }

void load_snapshot_comparison(long long snapshot_id, JsonFn done) {
    get_json("/api/snapshots/" + std::to_string(snapshot_id) + "/compare?with=now", std::move(done));
}

} // namespace swm::web
