// Organisations through the API as the UI writes them: create, edit, end and
// merge against the real executable, with the refusals a partnership gets
// (422 with fields, 409 with the current record, 404) and the history.
#include "monitor_process.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

using swm::test::Answer;
using swm::test::MonitorProcess;
using swm::test::TempDir;
using nlohmann::json;

namespace {

Answer organisation_call(MonitorProcess& m, const std::string& method, const std::string& path, const json& body = nullptr) {
    auto c = m.client();
    const std::string text = body.is_null() ? std::string() : body.dump();
    httplib::Result res = method == "POST"  ? c.Post(path, m.write_headers(), text, "application/json")
                          : method == "PUT" ? c.Put(path, m.write_headers(), text, "application/json")
                                            : c.Get(path, m.write_headers());
    REQUIRE(res);
    INFO(method << " " << path << " -> " << res->status << " " << res->body.substr(0, 400));
    return {res->status, json::parse(res->body, nullptr, false)};
}

json organisation_named(MonitorProcess& m, const std::string& id) {
    const Answer list = organisation_call(m, "GET", "/api/organisations");
    for (const auto& o : list.body["organisations"])
        if (o["id"] == id) return o;
    return nullptr;
}

bool names_field(const json& error, const std::string& field, const std::string& key) {
    for (const auto& f : error.value("fields", json::array()))
        if (f.value("field", "") == field && f.value("key", "") == key) return true;
    return false;
}

// The newest history entry for `entity` `key`.
json last_change(MonitorProcess& m, const std::string& entity, const std::string& key) {
    const Answer changes = organisation_call(m, "GET", "/api/changes");
    for (const auto& c : changes.body["changes"])
        if (c["entity"] == entity && c["key"] == key) return c;
    return nullptr;
}

// The cells of one CSV line (separator ';', quotes doubled).
std::vector<std::string> csv_cells(const std::string& line) {
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char ch = line[i];
        if (quoted && ch == '"' && i + 1 < line.size() && line[i + 1] == '"') cells.back() += '"', ++i;
        else if (ch == '"') quoted = !quoted;
        else if (ch == ';' && !quoted) cells.emplace_back();
        else cells.back() += ch;
    }
    return cells;
}

// The partners cell of partnership `number` in the CSV export.
std::string csv_partners(MonitorProcess& m, int number) {
    auto res = m.client().Get("/api/export?format=csv");
    REQUIRE(res);
    std::istringstream in(res->body);
    std::string line;
    std::getline(in, line);
    const auto header = csv_cells(line.substr(3, line.size() - 4));  // after the BOM, before \r
    const size_t column = std::find(header.begin(), header.end(), "partners") - header.begin();
    REQUIRE(column < header.size());
    while (std::getline(in, line)) {
        const auto cells = csv_cells(line);
        if (cells.size() > column && cells[0] == std::to_string(number)) return cells[column];
    }
    return {};
}

const json kFoundation = {{"id", "stichting-erfgoed-twente"}, {"name", "Stichting Erfgoed Twente"},
                          {"kind", "stichting"}, {"aliases", {"Erfgoed Twente"}}};

} // namespace

TEST_CASE("organisations: a new one is created (201), listed and in the history and refused ones say which field") {
    TempDir dir;
    MonitorProcess m(dir.path);
    const Answer created = organisation_call(m, "POST", "/api/organisations", kFoundation);
    REQUIRE(created.status == 201);
    CHECK(created.body["organisation"]["revision"] == 1);
    CHECK(organisation_named(m, "stichting-erfgoed-twente")["name"] == "Stichting Erfgoed Twente");
    const json entry = last_change(m, "organisation", "stichting-erfgoed-twente");
    REQUIRE(entry.is_object());
    CHECK(entry["action"] == "create");
    CHECK(entry["after"]["name"] == "Stichting Erfgoed Twente");

    const Answer again = organisation_call(m, "POST", "/api/organisations", kFoundation);
    CHECK(again.status == 422);
    CHECK(names_field(again.body, "id", "validation.duplicate_organisation"));

    json meppel = {{"id", "GM0119"}, {"name", "Meppel"}, {"kind", "gemeente"}};
    const Answer no_code = organisation_call(m, "POST", "/api/organisations", meppel);
    CHECK(no_code.status == 422);
    CHECK(names_field(no_code.body, "cbs_code", "validation.cbs_code_missing"));
    json foundation_with_code = kFoundation;
    foundation_with_code["id"] = "stichting-oude-ijssel";
    foundation_with_code["cbs_code"] = "GM1509";
    CHECK(names_field(organisation_call(m, "POST", "/api/organisations", foundation_with_code).body, "cbs_code",
                      "validation.cbs_code_not_municipality"));
    CHECK(organisation_named(m, "GM0119").is_null());
    meppel["cbs_code"] = "GM0119";
    CHECK(organisation_call(m, "POST", "/api/organisations", meppel).status == 201);
    // A partnership can take it as partner at once.
    json p24 = organisation_call(m, "GET", "/api/partnerships/24").body;
    p24["partners"].push_back("GM0119");
    CHECK(organisation_call(m, "PUT", "/api/partnerships/24", p24).status == 200);
}

TEST_CASE("organisations: an edit needs the current revision (409 with current), ends it with a date, 404 when absent") {
    TempDir dir;
    MonitorProcess m(dir.path);
    json uwv = organisation_named(m, "uwv");
    REQUIRE(uwv["revision"] == 1);
    json first = uwv;
    first["notes"] = "Uitvoeringsinstituut Werknemersverzekeringen; partner van het Werkplein.";
    const Answer saved = organisation_call(m, "PUT", "/api/organisations/uwv", first);
    REQUIRE(saved.status == 200);
    CHECK(saved.body["organisation"]["revision"] == 2);

    json late = uwv;  // a second form, opened before the first was saved
    late["end_date"] = "2031-01-01";
    const Answer stale = organisation_call(m, "PUT", "/api/organisations/uwv", late);
    CHECK(stale.status == 409);
    CHECK(stale.body["error"] == "stale_revision");
    CHECK(stale.body["current"]["notes"] == first["notes"]);
    CHECK(organisation_named(m, "uwv")["end_date"].is_null());

    late["revision"] = 2;
    late["end_date"] = "2031-13-01";
    const Answer bad_date = organisation_call(m, "PUT", "/api/organisations/uwv", late);
    CHECK(bad_date.status == 422);
    CHECK(names_field(bad_date.body, "end_date", "validation.date_malformed"));
    late["end_date"] = "2031-01-01";
    late["notes"] = first["notes"];
    const Answer ended = organisation_call(m, "PUT", "/api/organisations/uwv", late);
    REQUIRE(ended.status == 200);
    CHECK(organisation_named(m, "uwv")["end_date"] == "2031-01-01");
    const json entry = last_change(m, "organisation", "uwv");
    CHECK(entry["action"] == "update");
    CHECK(entry["before"]["end_date"].is_null());
    CHECK(entry["after"]["end_date"] == "2031-01-01");

    json renamed = organisation_named(m, "uwv");
    renamed["id"] = "uwv-twente";
    CHECK(names_field(organisation_call(m, "PUT", "/api/organisations/uwv", renamed).body, "id", "validation.id_changed"));
    json missing = kFoundation;
    missing["revision"] = 1;
    CHECK(organisation_call(m, "PUT", "/api/organisations/stichting-erfgoed-twente", missing).status == 404);
    json no_revision = organisation_named(m, "uwv");
    no_revision.erase("revision");
    CHECK(organisation_call(m, "PUT", "/api/organisations/uwv", no_revision).status == 428);
}

TEST_CASE("organisations: a merge moves the partnerships to the target, in detail, history and CSV export") {
    TempDir dir;
    MonitorProcess m(dir.path);
    const json before13 = organisation_call(m, "GET", "/api/partnerships/13").body;
    REQUIRE(std::count(before13["partners"].begin(), before13["partners"].end(), "GM0147") == 1);
    REQUIRE(csv_partners(m, 13).find("Borne") != std::string::npos);

    const json merge = {{"into", "GM0164"}, {"end_date", "2027-01-01"}, {"revision", 1}};
    CHECK(organisation_call(m, "POST", "/api/organisations/GM0147/merge", json{{"into", "GM0147"}, {"revision", 1}}).status == 422);
    CHECK(organisation_call(m, "POST", "/api/organisations/GM0147/merge", json{{"into", "GM0164"}, {"revision", 7}}).status == 409);
    CHECK(organisation_call(m, "POST", "/api/organisations/nergens/merge", merge).status == 404);
    const Answer merged = organisation_call(m, "POST", "/api/organisations/GM0147/merge", merge);
    REQUIRE(merged.status == 200);
    CHECK(merged.body["organisation"]["merged_into"] == "GM0164");

    const json after13 = organisation_call(m, "GET", "/api/partnerships/13").body;
    CHECK(std::count(after13["partners"].begin(), after13["partners"].end(), "GM0164") == 1);
    CHECK(std::count(after13["partners"].begin(), after13["partners"].end(), "GM0147") == 0);
    CHECK(after13["partner_provenance"].contains("GM0164"));
    CHECK(after13["revision"] == before13["revision"].get<int>() + 1);
    const json after1 = organisation_call(m, "GET", "/api/partnerships/1").body;
    CHECK(std::count(after1["partners"].begin(), after1["partners"].end(), "GM0164") == 1);
    const std::string partners = csv_partners(m, 13);
    CHECK(partners.find("Hengelo") != std::string::npos);
    CHECK(partners.find("Borne") == std::string::npos);

    const json entry = last_change(m, "organisation", "GM0147");
    CHECK(entry["action"] == "merge");
    CHECK(entry["after"]["merged_into"] == "GM0164");
    CHECK(organisation_call(m, "GET", "/api/partnerships/13/history").body["changes"][0]["action"] == "merge");
    // A form opened on nr. 13 before the merge cannot put Borne back.
    const Answer old_form = organisation_call(m, "PUT", "/api/partnerships/13", before13);
    CHECK(old_form.status == 422);
    CHECK(names_field(old_form.body, "partners[2]", "validation.partner_merged"));
    json with_borne = after13;
    with_borne["partners"].push_back("GM0147");
    const Answer refused = organisation_call(m, "PUT", "/api/partnerships/13", with_borne);
    CHECK(refused.status == 422);
    CHECK(names_field(refused.body, "partners[3]", "validation.partner_merged"));
    // A second merge of the same one is refused, the register unchanged.
    json twice = merge;
    twice["revision"] = 2;
    twice["into"] = "GM0158";
    CHECK(names_field(organisation_call(m, "POST", "/api/organisations/GM0147/merge", twice).body, "",
                      "validation.already_merged"));
    CHECK(organisation_call(m, "GET", "/api/partnerships/13").body == after13);
}

TEST_CASE("organisations: a verbonden partij saved meanwhile is not put back by an older organisation form") {
    TempDir dir;
    MonitorProcess m(dir.path);
    const json form = organisation_named(m, "regio-twente");  // the form opens
    REQUIRE(form["verbonden_partij"].is_object());
    json vp = form["verbonden_partij"];
    vp["public_interest"] = "Gezamenlijke uitvoering van taken voor de veertien Twentse gemeenten.";
    const Answer written = organisation_call(m, "PUT", "/api/organisations/regio-twente/verbonden_partij",
                                             json{{"before", form["verbonden_partij"]}, {"verbonden_partij", vp}});
    REQUIRE(written.status == 200);
    json edited = form;
    edited["notes"] = "Openbaar lichaam van de Twentse gemeenten.";
    const Answer stale = organisation_call(m, "PUT", "/api/organisations/regio-twente", edited);
    CHECK(stale.status == 409);
    CHECK(stale.body["current"]["verbonden_partij"]["public_interest"] == vp["public_interest"]);
    CHECK(organisation_named(m, "regio-twente")["verbonden_partij"]["public_interest"] == vp["public_interest"]);
}
