// The map geometry the monitor shows: official municipal boundaries a user
// imported from GeoJSON/TopoJSON (stored in SQLite, table map_geometry), or
// else the boundaries shipped with the executable
// (assets/map/gemeenten-regio-2024.geojson, compiled in). Imports are
// validated completely before anything is written, so a bad file leaves the
// current map as it was; a stored row that cannot be read is reported and
// passed over for the shipped map, so it can never stop the monitor.
#pragma once
#include "native-host/sqlite_db.h"

#include "core/geo/map_coverage.h"
#include "core/geo/map_document.h"
#include "core/geo/map_import.h"
#include "core/organisation.h"

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace swm {

using geo::MapImport;

// The map being shown: its document (core/geo/map_document.h) as served,
// and the same decoded.
struct ActiveMap {
    std::string document;
    geo::MunicipalityMap map;
    geo::MapProvenance provenance;
};

class GeoStore {
public:
    // Opens its own connection to the monitor's (already migrated) database.
    explicit GeoStore(const std::string& db_path);

    std::shared_ptr<const ActiveMap> active();
    // GET /api/geo's body.
    std::string active_geojson() { return active()->document; }

    // `source` (the file's name) and `actor` may be any bytes: they are made
    // valid UTF-8 and cut to length before they are stored.
    MapImport import(std::string_view text, const std::string& source, const std::string& actor,
                     const std::vector<geo::RequiredMunicipality>& required);
    // Back to the shipped map.
    void reset();

private:
    void load();

    Db db_;
    std::mutex mutex_;
    std::shared_ptr<const ActiveMap> active_;
    int64_t loaded_version_ = 0;
    std::string reported_;  // the stored row's problem, once reported
};

// The shipped map, decoded once.
std::shared_ptr<const ActiveMap> shipped_map();

// The municipalities of a register: the ones an imported map must hold.
std::vector<geo::RequiredMunicipality> required_municipalities(const std::vector<Organisation>& organisations);

} // namespace swm
