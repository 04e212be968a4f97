#include "default_dataset.h"
#include "validation_checks.h"

#include "core/json_codec.h"
#include "core/text.h"
#include "core/version_info.h"

#include <catch2/catch.hpp>

using namespace swm;
using nlohmann::json;
using swm::test::default_dataset;
using swm::test::has;
using swm::test::list;

namespace {

json valid_partnership() { return encode_partnership(*default_dataset().partnership(4)); }

json dataset_with_partnership(const json& p) {
    json d = encode_dataset(default_dataset());
    d["partnerships"][3] = p;
    return d;
}

} // namespace

TEST_CASE("json: the default files round trip exactly") {
    const Dataset& d = default_dataset();
    CHECK(encode_register(d) == swm::test::register_json());
    CHECK(encode_strategy(d.strategy) == swm::test::strategy_json());
}

TEST_CASE("json: a dataset round trips through text, value and JSON") {
    const Dataset& d = default_dataset();
    const std::string text = encode_dataset(d).dump(2);
    const auto parsed = parse_json(text);
    REQUIRE(parsed.ok());
    const auto decoded = decode_dataset(parsed.value);
    INFO(list(decoded.errors));
    REQUIRE(decoded.ok());
    CHECK(decoded.value == d);
    CHECK(encode_dataset(decoded.value) == parsed.value);
    CHECK(parsed.value.contains("strategy"));
    CHECK_FALSE(parsed.value["strategy"].contains("schema_version"));
}

TEST_CASE("json: every field of a partnership survives, nulls and defaults included") {
    Partnership p;
    p.number = 40;
    p.name = "Zoë's \"samenwerking\"";
    p.description = "regel 1\nregel 2";
    p.partners = {"GM1735"};
    p.legal_form = {LegalFormCategory::gemeenschappelijke_regeling, GrKind::centrumgemeente, "ex Wgr"};
    p.motives = {{Motive::continuiteit}, "Borging"};
    p.decided_by = {DecisionBody::overig, "Algemeen bestuur"};
    p.layer = TaskLayer::strategie;
    p.status = PartnershipStatus::beeindigd;
    p.start_date = "2001";
    p.end_date = "2014-12-31";
    p.revision = 7;
    const json j = encode_partnership(p);
    CHECK(j["scale"].is_null());
    CHECK(j["legal_form"]["gr_kind"] == "centrumgemeente");
    CHECK(j["status"] == "beeindigd");
    const auto back = decode_partnership(j);
    REQUIRE(back.ok());
    CHECK(back.value == p);

    const auto minimal = decode_partnership(json{{"number", 1}, {"name", "x"}, {"layer", "beleid"}, {"status", "kans"}});
    INFO(list(minimal.errors));
    REQUIRE(minimal.ok());
    CHECK_FALSE(minimal.value.scale.has_value());
    CHECK(minimal.value.legal_form.category == LegalFormCategory::onbekend);
    CHECK(minimal.value.decided_by.category == DecisionBody::onbekend);
    CHECK(minimal.value.revision == 1);
}

TEST_CASE("json: decoding errors carry a JSON path and a readable message") {
    json p = valid_partnership();
    p["scale"] = "XX";
    const auto decoded = decode_dataset(dataset_with_partnership(p));
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].describe(Lang::nl) == "partnerships[3].scale: onbekende schaal 'XX'");
    CHECK(decoded.errors[0].describe(Lang::en) == "partnerships[3].scale: unknown scale 'XX'");
}

TEST_CASE("json: unknown codes, each with its own key") {
    json p = valid_partnership();
    p["legal_form"]["category"] = "stichting";
    p["legal_form"]["gr_kind"] = "bv";
    p["motives"]["categories"] = {"kennis", "geld"};
    p["decided_by"]["category"] = "burgemeester";
    p["layer"] = "visie";
    p["status"] = "actief";
    const auto errors = decode_partnership(p).errors;
    INFO(list(errors));
    CHECK(has(errors, "legal_form.category", "validation.unknown_legal_form"));
    CHECK(has(errors, "legal_form.gr_kind", "validation.unknown_gr_kind"));
    CHECK(has(errors, "motives.categories[1]", "validation.unknown_motive"));
    CHECK(has(errors, "decided_by.category", "validation.unknown_decided_by"));
    CHECK(has(errors, "layer", "validation.unknown_layer"));
    CHECK(has(errors, "status", "validation.unknown_status"));
    CHECK(errors.size() == 6);

    json o = encode_organisation(default_dataset().organisations[0]);
    o["kind"] = "dorp";
    o["regions"] = {"Tw", "Noord"};
    const auto org_errors = decode_organisation(o).errors;
    CHECK(has(org_errors, "kind", "validation.unknown_organisation_kind"));
    CHECK(has(org_errors, "regions[1]", "validation.unknown_scale"));
}

TEST_CASE("json: wrong types, missing and unknown keys") {
    json p = valid_partnership();
    p["number"] = "4";
    p["name"] = nullptr;
    p["partners"] = "GM1735";
    p["legal_form"] = json::array();
    p["motives"]["categories"] = {1, nullptr, json::object()};
    p["start_date"] = 2014;
    p["scael"] = "MT";
    p.erase("layer");
    const auto errors = decode_partnership(p).errors;
    INFO(list(errors));
    CHECK(has(errors, "number", "validation.expected_integer"));
    CHECK(has(errors, "name", "validation.expected_string"));
    CHECK(has(errors, "partners", "validation.expected_array"));
    CHECK(has(errors, "legal_form", "validation.expected_object"));
    CHECK(has(errors, "motives.categories[0]", "validation.expected_string"));
    CHECK(has(errors, "motives.categories[1]", "validation.expected_string"));
    CHECK(has(errors, "motives.categories[2]", "validation.expected_string"));
    CHECK(has(errors, "start_date", "validation.expected_string"));
    CHECK(has(errors, "scael", "validation.unknown_field"));
    CHECK(has(errors, "layer", "validation.missing_field"));

    for (const json& root : {json(nullptr), json(42), json("dataset"), json::array(), json(true)}) {
        const auto d = decode_dataset(root);
        REQUIRE(d.errors.size() == 1);
        CHECK(d.errors[0].key == "validation.expected_object");
        CHECK(d.errors[0].field.empty());
    }
    const auto empty = decode_dataset(json::object());
    CHECK(has(empty.errors, "peildatum", "validation.missing_field"));
    CHECK(has(empty.errors, "organisations", "validation.missing_field"));
    CHECK(has(empty.errors, "partnerships", "validation.missing_field"));
    CHECK(has(empty.errors, "strategy", "validation.missing_field"));
}

TEST_CASE("json: numbers out of range are errors, not wrap-arounds") {
    for (const char* number : {"1.5", "4.0", "1e300", "18446744073709551615", "9223372036854775807",
                               "-9223372036854775808", "2147483648", "-2147483649"}) {
        INFO(number);
        const auto parsed = parse_json(std::string(R"({"number": )") + number + R"(, "name": "x", "layer": "beleid", "status": "kans"})");
        REQUIRE(parsed.ok());
        const auto decoded = decode_partnership(parsed.value);
        REQUIRE(decoded.errors.size() == 1);
        CHECK(decoded.errors[0].field == "number");
        CHECK_FALSE(decoded.value.number == 0x7fffffff);
    }
    const auto max = decode_partnership(json{{"number", 2147483647}, {"name", "x"}, {"layer", "beleid"}, {"status", "kans"}});
    CHECK(max.ok());
    json s = encode_strategy(default_dataset().strategy);
    s["schema_version"] = swm::kSchemaVersion + 1;
    CHECK(has(decode_strategy(s).errors, "schema_version", "validation.newer_schema_version"));
    s["schema_version"] = 0;
    CHECK(has(decode_strategy(s).errors, "schema_version", "validation.unknown_schema_version"));
    s["schema_version"] = 1;  // an export of release 0.1 still reads
    CHECK(decode_strategy(s).ok());
}

TEST_CASE("json: hostile input gives errors, never a crash") {
    SECTION("syntax errors") {
        for (const char* text : {"", "{", "{\"number\": }", "[1, 2", "nul", "{\"a\": 1} x", "\"caf\xE9\""}) {
            const auto parsed = parse_json(text);
            REQUIRE(parsed.errors.size() == 1);
            CHECK(parsed.errors[0].key == "validation.json_syntax");
            CHECK_FALSE(parsed.errors[0].detail.empty());
            // The message goes back to the client as JSON, so it must be UTF-8.
            CHECK(is_valid_utf8(parsed.errors[0].detail));
            CHECK_NOTHROW(encode_errors(parsed.errors).dump());
        }
    }
    SECTION("deep nesting") {
        const std::size_t depth = 200000;
        const auto parsed = parse_json(std::string(depth, '[') + std::string(depth, ']'));
        REQUIRE(parsed.errors.size() == 1);
        CHECK(parsed.errors[0].key == "validation.json_too_deep");
        CHECK(parse_json("[[[[\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"]]]]").ok());

        // A deep value that did not come through parse_json is still decoded
        // without recursion.
        const json nested = json::parse(R"({"number": 1, "name": "x", "layer": "beleid", "status": "kans", "partners": )" +
                                        std::string(depth, '[') + std::string(depth, ']') + "}");
        CHECK(has(decode_partnership(nested).errors, "partners[0]", "validation.expected_string"));
    }
    SECTION("a huge unknown code is reported shortened") {
        json p = valid_partnership();
        p["scale"] = std::string(5'000'000, 'X');
        const auto errors = decode_partnership(p).errors;
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].detail.size() < 100);
    }
    SECTION("error count is capped") {
        json p = valid_partnership();
        for (int i = 0; i < 5000; ++i) p["unknown" + std::to_string(i)] = i;
        const auto errors = decode_partnership(p).errors;
        CHECK(errors.size() == kMaxDecodeErrors + 1);
        CHECK(errors.back().key == "validation.too_many_errors");
    }
    SECTION("wrong types everywhere in a dataset") {
        json d = encode_dataset(default_dataset());
        d["organisations"][0] = "GM0141";
        d["partnerships"][0]["legal_form"]["text"] = json::array({1});
        d["strategy"]["goals"][0]["key_phrases"] = json::object();
        d["strategy"]["layers"][0]["successes"][0]["partnerships"] = {"17"};
        d["strategy"]["developments"] = 4;
        const auto errors = decode_dataset(d).errors;
        INFO(list(errors));
        CHECK(has(errors, "organisations[0]", "validation.expected_object"));
        CHECK(has(errors, "partnerships[0].legal_form.text", "validation.expected_string"));
        CHECK(has(errors, "strategy.goals[0].key_phrases", "validation.expected_array"));
        CHECK(has(errors, "strategy.layers[0].successes[0].partnerships[0]", "validation.expected_integer"));
        CHECK(has(errors, "strategy.developments", "validation.expected_array"));
        CHECK(errors.size() == 5);
    }
}

TEST_CASE("json: errors of the strategy file are reported under 'strategy'") {
    json s = swm::test::strategy_json();
    s["layers"][2]["layer"] = "visie";
    const auto decoded = decode_dataset_files(swm::test::register_json(), s);
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].field == "strategy.layers[2].layer");
}

TEST_CASE("json: filters round trip, unknown codes are errors") {
    PartnershipFilter f;
    f.scales = {Scale::midden_twente, std::nullopt};
    f.layers = {TaskLayer::beleid};
    f.motives = {Motive::kennis, Motive::kosten};
    f.organisations = {"GM0164"};
    f.text = "jeugd";
    const auto back = decode_filter(encode_filter(f));
    REQUIRE(back.ok());
    CHECK(back.value == f);
    CHECK(encode_filter(f)["scale"] == json({"MT", "none"}));

    const auto bad = decode_filter(json{{"scale", {"XX"}}, {"status", {"open"}}, {"color", "red"}});
    CHECK(has(bad.errors, "scale[0]", "validation.unknown_scale"));
    CHECK(has(bad.errors, "status[0]", "validation.unknown_status"));
    CHECK(has(bad.errors, "color", "validation.unknown_field"));
}

TEST_CASE("json: analysis, reconciliation and errors as the API sends them") {
    const Analysis a = analyse(default_dataset(), PartnershipFilter{});
    const json ja = encode_analysis(a);
    CHECK(ja["total"] == 33);
    CHECK(ja["by_scale"].back()["code"] == "none");
    CHECK(ja["layer_by_scale"]["cells"].size() == 4);
    CHECK(ja["shared_with_hof_van_twente"][0]["organisation"] == "GM0164");

    const json jr = encode_reconciliation(reconcile_seed_legal_forms(default_dataset()));
    CHECK(jr["seed_sum"] == 27);
    CHECK(jr["difference"] == json({21, 22}));
    CHECK(jr["explanation"]["nl"].get<std::string>().find("27 van de 29") != std::string::npos);

    const json je = encode_errors({{"scale", "validation.unknown_scale", "XX"}});
    CHECK(je[0]["field"] == "scale");
    CHECK(je[0]["message"]["nl"] == "onbekende schaal 'XX'");
    CHECK(je[0]["message"]["en"] == "unknown scale 'XX'");
}

namespace version_info_tests {

TEST_CASE("json: the version document round-trips, with and without the offline snapshot's origin") {
    swm::VersionInfo v;
    v.version = "0.2.0";
    v.commit = "a38ec34";
    v.build_date = "2026-12-02";
    v.read_only = true;
    auto back = swm::decode_version_info(swm::encode_version_info(v));
    REQUIRE(back.ok());
    CHECK(back.value == v);
    CHECK(!swm::encode_version_info(v).contains("snapshot"));
    v.snapshot = swm::OfflineSnapshotOrigin{"2026-12-02T01:40:00Z", "2014-11"};
    back = swm::decode_version_info(swm::encode_version_info(v));
    REQUIRE(back.ok());
    CHECK(back.value.snapshot->made_at == "2026-12-02T01:40:00Z");
    // An unknown key is refused, as everywhere in the contract.
    nlohmann::json j = swm::encode_version_info(v);
    j["user"] = "";
    CHECK(!swm::decode_version_info(j).ok());
}

} // namespace version_info_tests

TEST_CASE("json: the partnership list is the same document from records or from their kept bytes") {
    swm::Dataset d = swm::test::default_dataset();
    d.peildatum = "2014-11";
    const std::vector<swm::Partnership> shown = {d.partnerships[3], d.partnerships[17]};
    std::string joined;
    for (const auto& p : shown) joined += (joined.empty() ? "" : ",") + swm::encode_partnership(p).dump();
    const nlohmann::json tree = swm::encode_partnership_list(shown, d);
    CHECK(swm::encode_partnership_list(joined, shown.size(), d) == tree.dump());
    CHECK(tree["shown"] == 2);
    CHECK(tree["total"] == d.partnerships.size());
    CHECK(tree["peildatum"] == "2014-11");
    CHECK(tree["partnerships"][1]["number"] == d.partnerships[17].number);
    // An empty selection is still a list.
    CHECK(nlohmann::json::parse(swm::encode_partnership_list("", 0, d))["partnerships"] == nlohmann::json::array());
}

TEST_CASE("json: a write's answer carries the stored record under its kind, and the history entry") {
    const nlohmann::json record = {{"number", 31}, {"name", "Zoë"}};
    const nlohmann::json a = swm::encode_write_answer("partnership", record, 412);
    CHECK(a["partnership"] == record);
    CHECK(a["change_id"] == 412);
    CHECK(a.size() == 2);
    const auto back = swm::decode_write_answer("partnership", a);
    REQUIRE(back);
    CHECK(back->record == record);
    CHECK(back->change_id == 412);
    CHECK_FALSE(swm::decode_write_answer("organisation", a));
    CHECK_FALSE(swm::decode_write_answer("partnership", nlohmann::json{{"error", "stale_revision"}, {"current", record}}));
}
