// The printable report for the council's document system (issue 8): one
// self-contained, accessible HTML document in Dutch with a title page, the
// register as tables, the analysis charts and the map by scale as inline SVG
// with text equivalents, the strategy's goals and principles, and the changes
// since a chosen snapshot; print CSS for A4. Served as GET /report and
// written by `samenwerkingsmonitor report`.
#pragma once
#include "native-host/store.h"

#include "core/geo/map_provenance.h"
#include "core/geo/municipality_map.h"
#include "core/pc_calendar.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace swm {

class GeoStore;

// The snapshot the report compares the register with.
struct ReportSnapshot {
    int64_t id = 0;
    std::string name;
    std::string peildatum;
    std::string taken_at;  // "YYYY-MM-DDTHH:MM:SSZ"
    Dataset dataset;
};

struct ReportInput {
    std::shared_ptr<const StoredRegister> current;
    std::optional<ReportSnapshot> since;  // absent: no snapshot to compare with
    geo::MunicipalityMap map;
    geo::MapProvenance map_provenance;
    std::string written_on;       // "YYYY-MM-DD"
    std::vector<PcMoment> moments;  // the council calendar of written_on's year
};

std::string render_report(const ReportInput& input);

// The report's input from the monitor's stores: the current register, the
// snapshot `since` (the first snapshot when not given) and the active map.
// Returns nullopt with a Dutch `error` when snapshot `since` does not exist.
std::optional<ReportInput> gather_report_input(Store& store, GeoStore& geo, std::optional<int64_t> since,
                                               std::string& error);

// The council calendar's moments of the report's year, from the stored
// calendar document of the database at `db_path`.
void add_council_moments(ReportInput& input, const std::string& db_path);

} // namespace swm
