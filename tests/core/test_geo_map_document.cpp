// The map document: boundaries with their provenance, as shipped
// (assets/map/gemeenten-regio-2024.geojson), stored, served and imported.
#include "geo_fixtures.h"

#include "core/geo/hit_test.h"
#include "core/geo/map_document.h"
#include "core/text.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

using namespace swm::geo;
using swm::Lang;
using namespace swm::test;
using nlohmann::json;

namespace {

const MapDocument& shipped() {
    static const MapDocument doc = read_map_document(read_default_map());
    return doc;
}

} // namespace

TEST_CASE("geo: the shipped map names its source, year, licence and credit", "[geo][default]") {
    const MapDocument& doc = shipped();
    INFO((doc.errors.empty() ? "" : doc.errors[0].describe(Lang::en)));
    REQUIRE(doc.map);
    REQUIRE(doc.provenance);
    const MapProvenance& p = *doc.provenance;
    CHECK(p.shipped());
    CHECK(p.year == 2024);
    CHECK(p.licence == "CC BY 4.0");
    CHECK(p.credit == "Bron: CBS/PDOK (Kadaster), CC BY 4.0, grenzen 2024, gegeneraliseerd");
    CHECK(p.source.find("CBS/PDOK") != std::string::npos);
    CHECK(p.imported_at.empty());
    CHECK_FALSE(doc.map->schematic);
    // What the file says about itself, for a reader of the file.
    const json raw = json::parse(read_default_map());
    CHECK(raw["comparison_2014"].get<std::string>().find("2014") != std::string::npos);
    CHECK(raw["derivation"]["script"] == "scripts/derive-default-map.mjs");
}

TEST_CASE("geo: the shipped map holds the register's 23 municipalities and their neighbours", "[geo][default]") {
    const MunicipalityMap& map = *shipped().map;
    const json reg = swm::test::read_json("assets/data/register-2014.json");
    std::set<std::string> region;
    for (const auto& o : reg["organisations"])
        if (o["kind"] == "gemeente") region.insert(o["id"].get<std::string>());
    REQUIRE(region.size() == 23);
    for (const auto& code : region) CHECK(map.find(code));
    for (const char* code : kTwente) CHECK(region.count(code));
    for (const char* code : kAchterhoek) CHECK(region.count(code));
    // Grey context around them: Deventer, Zutphen, Hardenberg; not Amsterdam.
    for (const char* code : {"GM0150", "GM0301", "GM0160"}) CHECK(map.find(code));
    CHECK_FALSE(map.find("GM0363"));
    CHECK(map.municipalities.size() > 40);
    // As generalised as the source: Hof van Twente keeps its 32 vertices
    // (33 positions with the closing one), and Goor lies inside it.
    const Municipality* hof = map.find("GM1735");
    REQUIRE(hof);
    CHECK(vertex_count(hof->area) == 32);
    CHECK(point_in_multipolygon(hof->area, {6.5861, 52.2333}));
    CHECK_FALSE(point_in_multipolygon(hof->area, {6.8937, 52.2215}));  // Enschede
}

TEST_CASE("geo: map provenance round-trips and is checked key by key", "[geo][provenance]") {
    MapProvenance p;
    p.kind = MapProvenance::Kind::imported;
    p.source = "gemeenten-2025 Overijssel ë.geojson";
    p.imported_at = "2026-12-01T21:00:00Z";
    p.actor = "j.jansen";
    p.year = 2025;
    p.credit = "Bron: CBS/PDOK (Kadaster), CC BY 4.0";
    GeoErrors errors;
    const auto back = decode_map_provenance(encode_map_provenance(p), errors);
    REQUIRE(back);
    CHECK(*back == p);
    CHECK(errors.empty());

    auto errors_of = [](json j) {
        GeoErrors e;
        CHECK_FALSE(decode_map_provenance(j, e));
        return e.empty() ? std::string() : e.front().describe(Lang::nl);
    };
    const json good = encode_map_provenance(p);
    CHECK(errors_of(json::array()) == "provenance: moet een object zijn");
    json j = good;
    j["kind"] = "schematic";
    CHECK(errors_of(j) == "provenance.kind: moet 'shipped' of 'imported' zijn");
    j = good;
    j["source"] = "kaart\xFF.geojson";  // a value built by hand, not parsed
    CHECK(errors_of(j) == "provenance.source: moet tekst zijn (UTF-8) of null");
    j = good;
    j.erase("imported_at");
    CHECK(errors_of(j) == "provenance.imported_at: ontbreekt bij een ingelezen kaart");
    j = good;
    j["year"] = "2024";
    CHECK(errors_of(j) == "provenance.year: moet een jaartal zijn");
    j = good;
    j["colour"] = "red";
    CHECK(errors_of(j) == "provenance.colour: onbekende sleutel");
}

TEST_CASE("geo: an imported map keeps the credit of a file that has one and gets a valid name", "[geo][provenance]") {
    const MapProvenance from_file = *shipped().provenance;
    const MapProvenance p = imported_provenance("kaart-\xFF.geojson", "beheer", "2026-12-01T21:00:00Z", from_file);
    CHECK_FALSE(p.shipped());
    CHECK(p.source == "kaart-\xEF\xBF\xBD.geojson");
    CHECK(p.credit == from_file.credit);
    CHECK(p.year == 2024);
    // A name cut inside "ë" by the 200-byte limit loses the whole character.
    const std::string long_name = std::string(199, 'a') + "ë";
    const MapProvenance cut = imported_provenance(long_name, "", "2026-12-01T21:00:00Z", std::nullopt);
    CHECK(cut.source == std::string(199, 'a'));
    CHECK(swm::is_valid_utf8(cut.source));
    CHECK(cut.credit.empty());
    CHECK(map_credit(cut, Lang::nl) == "Grenzen: " + cut.source);
    CHECK(imported_provenance("", "", "2026-12-01T21:00:00Z", std::nullopt).source == "upload");
}

TEST_CASE("geo: the map document carries its provenance through encode and read", "[geo][provenance]") {
    const MunicipalityMap& map = *shipped().map;
    const MapProvenance p = imported_provenance("gemeenten.geojson", "beheer", "2026-12-01T21:00:00Z", std::nullopt);
    const std::string text = encode_map_document(map, p);
    // Readers meet the provenance before the coordinates.
    CHECK(text.find("\"provenance\"") < text.find("\"features\""));
    const MapDocument back = read_map_document(text);
    REQUIRE(back.map);
    REQUIRE(back.provenance);
    CHECK(*back.provenance == p);
    CHECK(back.map->municipalities.size() == map.municipalities.size());
    // A document whose provenance is broken is refused as a whole.
    json doc = json::parse(text);
    doc["provenance"]["kind"] = 3;
    const MapDocument bad = read_map_document(doc.dump());
    CHECK_FALSE(bad.map);
    REQUIRE_FALSE(bad.errors.empty());
    CHECK(bad.errors.front().path == "provenance.kind");
}
