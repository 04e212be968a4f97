#include "data_source.h"

#include "api_client.h"
#include "ui_text.h"

#include "core/api_error.h"
#include "core/json_codec.h"
#include "core/pc_calendar_codec.h"
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
    out.error = fill(t("ui.error.status"), {std::to_string(status), decode_error_body(out.value, ui_lang()).message});
    return out;
}


// Fetches `path` and decodes it with core's `decode`.
template <class T, class DecodeFn>
void get_decoded(const std::string& path, DecodeFn decode, std::function<void(Loaded<T>)> done) {
    get_json(path, [decode, done = std::move(done)](Loaded<nlohmann::json> r) {
        Loaded<T> out;
        if (!r.ok()) {
            out.error = r.error;
            return done(std::move(out));
        }
        auto decoded = decode(r.value);
        if (!decoded.ok()) {
            out.error = fill(t("ui.error.bad_dataset"), {decoded.errors.front().describe(ui_lang())});
            return done(std::move(out));
        }
        out.value = std::move(decoded.value);
        done(std::move(out));
    });
}

void load_version(std::function<void(Loaded<VersionInfo>)> done) {
    get_decoded<VersionInfo>("/api/version", [](const nlohmann::json& j) { return decode_version_info(j); }, std::move(done));
}

void load_dataset(DatasetFn done) {
    get_decoded<Dataset>("/api/dataset", [](const nlohmann::json& j) { return decode_dataset(j); }, std::move(done));
}

void load_history(int number, std::function<void(Loaded<std::vector<ChangeEntry>>)> done) {
    get_decoded<std::vector<ChangeEntry>>("/api/partnerships/" + std::to_string(number) + "/history",
                                          [](const nlohmann::json& j) { return decode_changes(j); }, std::move(done));
}

void load_snapshots(std::function<void(Loaded<std::vector<SnapshotInfo>>)> done) {
    get_decoded<std::vector<SnapshotInfo>>("/api/snapshots", [](const nlohmann::json& j) { return decode_snapshot_list(j); },
                                           std::move(done));
}

void load_snapshot_comparison(long long snapshot_id, std::function<void(Loaded<DatasetComparison>)> done) {
    load_snapshots_comparison(snapshot_id, 0, std::move(done));
}

void load_snapshots_comparison(long long from_id, long long with_id, std::function<void(Loaded<DatasetComparison>)> done) {
    const std::string with = with_id == 0 ? "now" : std::to_string(with_id);
    get_decoded<DatasetComparison>("/api/snapshots/" + std::to_string(from_id) + "/compare?with=" + with,
                                   [](const nlohmann::json& j) { return decode_comparison(j); }, std::move(done));
}

void load_snapshot_dataset(long long snapshot_id, DatasetFn done) {
    get_decoded<Dataset>("/api/snapshots/" + std::to_string(snapshot_id), [](const nlohmann::json& j) { return decode_dataset(j); },
                         std::move(done));
}

void load_council_calendar(const Dataset& d, std::function<void(Loaded<CouncilCalendar>)> done) {
    get_decoded<CouncilCalendar>("/api/calendar/input",
                                 [&d](const nlohmann::json& j) {
                                     Decoded<CouncilCalendar> out;
                                     out.errors = decode_council_calendar(j, d, out.value);
                                     return out;
                                 },
                                 std::move(done));
}

} // namespace swm::web
