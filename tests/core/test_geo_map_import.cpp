#include "core/geo/map_import.h"

#include <catch2/catch.hpp>

using namespace swm::geo;

TEST_CASE("geo: the map import's answer reads back as the UI reads it, and a foreign body is refused") {
    MapImport r;
    r.municipalities = 342;
    r.vertices = 120'554;
    r.source_crs = Crs::rd_new;
    r.provenance.kind = MapProvenance::Kind::imported;
    r.provenance.source = "bestuurlijkegebieden_2025.gpkg.geojson";
    r.provenance.imported_at = "2026-12-02T04:40:00Z";
    r.provenance.actor = "Zoë";
    r.provenance.year = 2025;
    const nlohmann::json j = encode_map_import(r);
    CHECK(j["crs"] == "rd_new");
    const auto back = decode_map_import(j);
    REQUIRE(back);
    CHECK(back->municipalities == 342);
    CHECK(back->vertices == 120'554);
    CHECK(back->source_crs == Crs::rd_new);
    CHECK(back->provenance == r.provenance);

    nlohmann::json wrong = j;
    wrong["municipalities"] = "342";
    CHECK_FALSE(decode_map_import(wrong));
    wrong = j;
    wrong["crs"] = "epsg:3035";
    CHECK_FALSE(decode_map_import(wrong));
    CHECK_FALSE(decode_map_import(nlohmann::json::parse(R"({"error":"invalid_map"})")));
}
