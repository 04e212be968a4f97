#include "native-host/offline_snapshot.h"

#include "native-host/build_info.h"
#include "native-host/embedded.h"
#include "native-host/geo_store.h"
#include "native-host/register_service.h"

#include "core/html_embed.h"
#include "core/json_codec.h"

namespace swm {
namespace {

using nlohmann::json;

// Every GET the UI makes, answered as the host would.
json responses(Store& store, GeoStore& geo, const std::string& made_at) {
    const auto current = store.current();
    json r = json::object();
    r["/api/version"] = {{"name", "Samenwerkingsmonitor"}, {"version", kVersion}, {"commit", kGitCommit},
                         {"build_date", kBuildDate}, {"read_only", true}, {"user", ""},
                         {"snapshot", {{"made_at", made_at}, {"peildatum", current->dataset.peildatum}}}};
    r["/api/dataset"] = current->json;
    r["/api/organisations"] = {{"organisations", current->json["organisations"]}};
    r["/api/strategy"] = current->json["strategy"];
    json list;
    filter_partnerships(current->dataset, {}, list);
    r["/api/partnerships"] = {{"partnerships", list}, {"total", list.size()}, {"shown", list.size()},
                              {"peildatum", current->dataset.peildatum}};
    json analysed;
    analysis(current->dataset, {}, analysed);
    r["/api/analysis"] = analysed;
    for (const auto& p : current->dataset.partnerships) {
        const std::string base = "/api/partnerships/" + std::to_string(p.number);
        r[base] = encode_partnership(p);
        r[base + "/history"] = encode_changes(store.history(p.number));
    }
    const std::vector<SnapshotInfo> snapshots = store.snapshots();
    r["/api/snapshots"] = encode_snapshot_list(snapshots);
    for (const auto& s : snapshots) {
        auto from = store.snapshot_dataset(s.id);
        if (from && from->ok())
            r["/api/snapshots/" + std::to_string(s.id) + "/compare?with=now"] =
                encode_comparison(compare_datasets(from->value, current->dataset));
    }
    const std::vector<SavedView> views = store.views();
    r["/api/views"] = encode_saved_view_list(views);
    for (const auto& v : views) r["/api/views/" + std::to_string(v.id)] = encode_saved_view(v);
    const Decoded<json> map = parse_json(geo.active_geojson());
    if (map.ok()) r["/api/geo"] = map.value;
    return r;
}

} // namespace

std::string make_offline_snapshot(Store& store, GeoStore& geo, const std::string& made_at) {
    // No host, so no token: the bridge refuses every write itself.
    std::string html(embedded_ui_html());

    const std::string data = json_for_html(json{{"responses", responses(store, geo, made_at)}});
    const std::string block = "<script type=\"application/json\" id=\"swm-snapshot\">" + data + "</script>\n";
    static const std::string kMarker = "<!--SWM_SNAPSHOT_DATA-->";
    const size_t at = html.find(kMarker);
    if (at == std::string::npos) return {};  // a UI built without the marker
    html.replace(at, kMarker.size(), block);
    return html;
}

} // namespace swm
