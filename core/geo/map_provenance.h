// Where the map the monitor shows comes from: the boundaries shipped with it
// (assets/map/gemeenten-regio-2024.geojson) or a file a user imported, with
// the year, licence and credit when they are known. It travels as the member
// "provenance" of the map document (map_document.h): in the shipped file, in
// the stored map row, in GET /api/geo and in the offline snapshot. The UI, the
// report and the host read and write it only through this codec.
//
//   {"kind": "shipped" | "imported", "source": "...", "imported_at": "2026-12-01T21:00:00Z" | null,
//    "actor": "..." | null, "year": 2024 | null, "licence": "CC BY 4.0" | null,
//    "licence_url": "https://..." | null, "credit": "Bron: ..." | null}
#pragma once
#include "core/geo/geo_error.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>

namespace swm::geo {

struct MapProvenance {
    enum class Kind { shipped, imported };
    Kind kind = Kind::shipped;
    std::string source;       // shipped: what it was made from; imported: the file's name
    std::string imported_at;  // UTC, ISO 8601; empty when shipped
    std::string actor;        // who imported it; empty when shipped
    std::optional<int> year;  // of the boundaries
    std::string licence;      // empty: not known
    std::string licence_url;
    std::string credit;       // shown wherever the map is shown; empty: not known

    bool shipped() const { return kind == Kind::shipped; }
    bool operator==(const MapProvenance& o) const;
};

// Longest name kept for an imported file, in bytes (cut on a character
// boundary, core/text.h's clean_utf8).
inline constexpr std::size_t kMaxMapSourceBytes = 200;

nlohmann::json encode_map_provenance(const MapProvenance& p);

// Every key checked (type, valid text, no unknown keys); errors have paths
// under `path` ("provenance.source"). nullopt exactly when errors were added.
std::optional<MapProvenance> decode_map_provenance(const nlohmann::json& j, GeoErrors& errors,
                                                   const std::string& path = "provenance");

// A map imported from `file_name` by `actor` at `at`: the name made valid
// and short enough to store; year, licence and credit taken over from the
// file's own provenance when it has one (a map this monitor shipped or
// served), since they describe the boundaries, not the copy.
MapProvenance imported_provenance(const std::string& file_name, const std::string& actor, const std::string& at,
                                  const std::optional<MapProvenance>& from_file);

// One line on where the map comes from, for the map's panel and the report:
// "Meegeleverde kaart: CBS/PDOK ..." or "Officiële grenzen uit X, ingelezen
// op <day>" (`day`: imported_at as the caller writes dates).
std::string describe_map_source(const MapProvenance& p, Lang lang, const std::string& day);

// What is written on the map itself: the credit the boundaries come with, or
// for a file without one its name.
std::string map_credit(const MapProvenance& p, Lang lang);

} // namespace swm::geo
