#include "native-host/offline_snapshot.h"

#include "native-host/build_info.h"
#include "native-host/calendar_api.h"
#include "native-host/geo_store.h"
#include "native-host/register_service.h"
#include "native-host/ui_page.h"

#include "core/editor_name.h"
#include "core/geo/map_provenance.h"
#include "core/json_codec.h"
#include "core/offline_snapshot_page.h"
#include "core/pc_calendar_codec.h"
#include "core/verbonden_partij_codec.h"
#include "core/version_info.h"

namespace swm {
namespace {

using nlohmann::json;

// The map document with the name of who imported it left out.
json without_importer(json map) {
    geo::GeoErrors errors;
    if (!map.is_object() || !map.contains("provenance")) return map;
    std::optional<geo::MapProvenance> p = geo::decode_map_provenance(map["provenance"], errors);
    if (!p) return map;
    p->actor.clear();
    map["provenance"] = geo::encode_map_provenance(*p);
    return map;
}

// Every GET the UI makes, answered as the host would, without personal
// data: neither contacts nor the names of who made changes.
json responses(Store& store, GeoStore& geo, CalendarStore& calendar, const std::string& made_at) {
    const auto current = store.current();
    json r = json::object();
    VersionInfo version = this_build();
    version.read_only = true;
    version.snapshot = OfflineSnapshotOrigin{made_at, current->dataset.peildatum};
    r["/api/version"] = encode_version_info(version);
    // Contacts of verbonden partijen are personal data: not in a file for others.
    const json shared = encode_dataset(without_personal_data(current->dataset));
    r["/api/dataset"] = shared;
    r["/api/organisations"] = {{"organisations", shared["organisations"]}};
    r["/api/strategy"] = shared["strategy"];
    r["/api/partnerships"] = encode_partnership_list(current->dataset.partnerships, current->dataset);
    r["/api/analysis"] = encode_analysis_answer(analyse(current->dataset, PartnershipFilter{}), current->dataset);
    for (const auto& p : current->dataset.partnerships) {
        const std::string base = "/api/partnerships/" + std::to_string(p.number);
        r[base] = encode_partnership(p);
        r[base + "/history"] = encode_changes(without_editor_names(store.history(p.number)));
    }
    const std::vector<SnapshotInfo> snapshots = store.snapshots();
    r["/api/snapshots"] = encode_snapshot_list(without_editor_names(snapshots));
    for (const auto& s : snapshots) {
        auto from = store.snapshot_dataset(s.id);
        if (from && from->ok())
            r["/api/snapshots/" + std::to_string(s.id) + "/compare?with=now"] =
                encode_comparison(compare_datasets(from->value, current->dataset));
    }
    const std::vector<SavedView> views = store.views();
    r["/api/views"] = encode_saved_view_list(views);
    for (const auto& v : views) r["/api/views/" + std::to_string(v.id)] = encode_saved_view(v);
    Decoded<json> map = parse_json(geo.active_geojson());
    if (map.ok()) r["/api/geo"] = without_importer(std::move(map.value));
    // The UI computes each year's calendar from it with core, as the host does.
    r["/api/calendar/input"] = encode_council_calendar(load_council_calendar(calendar, current->dataset));
    return r;
}

} // namespace

std::string make_offline_snapshot(Store& store, GeoStore& geo, CalendarStore& calendar, const std::string& made_at) {
    // No host, so no token: the bridge refuses every write itself. The wasm
    // travels inside, since a file opened from disk cannot fetch /ui.wasm.
    return offline_snapshot_page(ui_page_html(), responses(store, geo, calendar, made_at), ui_page_wasm());
}

} // namespace swm
