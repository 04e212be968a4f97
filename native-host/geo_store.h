// The map geometry the monitor shows: official municipal boundaries imported
// from GeoJSON/TopoJSON (stored in SQLite, table map_geometry), or else the
// schematic default computed from the seat table compiled into the
// executable. Imports are validated completely before anything is written,
// so a bad file leaves the current map as it was.
#pragma once
#include "native-host/sqlite_db.h"

#include "core/geo/geojson.h"
#include "core/geo/map_coverage.h"

#include <nlohmann/json_fwd.hpp>

#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace swm {

struct MapImport {
    geo::GeoErrors errors;  // empty: imported
    std::size_t municipalities = 0;
    std::size_t vertices = 0;
    geo::Crs source_crs = geo::Crs::wgs84;
    bool schematic = false;  // the file says it is a schematic map (a copy of the default)
};

class GeoStore {
public:
    // Opens its own connection to the monitor's (already migrated) database.
    explicit GeoStore(const std::string& db_path);

    // The active map as GeoJSON in WGS84 with the top-level members
    // "schematic", "source" and "imported_at" (null for the default).
    std::string active_geojson();

    MapImport import(std::string_view text, const std::string& source, const std::string& actor,
                     const std::vector<geo::RequiredMunicipality>& required);
    // Back to the schematic default.
    void reset();

private:
    void load();
    int64_t data_version();

    Db db_;
    std::mutex mutex_;
    std::string active_;  // cached response body
    int64_t loaded_version_ = 0;
};

// The municipalities of a register (GET /api/organisations' list): the ones an
// imported map must hold.
std::vector<geo::RequiredMunicipality> required_municipalities(const nlohmann::json& organisations);

// The errors as the API reports them: path, Dutch and English message.
nlohmann::json map_errors_json(const geo::GeoErrors& errors);

} // namespace swm
