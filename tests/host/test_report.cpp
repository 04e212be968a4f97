// The printable council report: every partnership listed, texts from data
// kept as text, the chapters and accessible table markup a document system
// needs, the map's colours and its table, and the changes since a snapshot;
// served as GET /report and written by `samenwerkingsmonitor report`.
#include "monitor_process.h"

#include "native-host/register_service.h"
#include "native-host/report.h"
#include "native-host/report_html.h"
#include "native-host/report_map.h"

#include "core/geo/map_document.h"
#include "core/json_codec.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

using nlohmann::json;
using swm::test::MonitorProcess;
using swm::test::TempDir;
using swm::test::read_text;

namespace {

size_t count_of(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

json default_json() { return swm::encode_dataset(swm::default_dataset()); }

swm::Dataset decoded(const json& j) {
    swm::Decoded<swm::Dataset> d = swm::decode_dataset(j);
    REQUIRE(d.ok());
    return d.value;
}

std::shared_ptr<const swm::StoredRegister> stored(const json& j) {
    return std::make_shared<const swm::StoredRegister>(decoded(j));
}

swm::ReportInput input_for(const json& current, const json& snapshot) {
    swm::ReportInput in;
    in.current = stored(current);
    in.since = swm::ReportSnapshot{1, "november 2014", "2014-11", "2025-01-15T09:30:00Z", decoded(snapshot)};
    swm::geo::MapDocument shipped = swm::geo::read_map_document(
        read_text(std::string(SWM_SOURCE_DIR) + "/assets/map/gemeenten-regio-2024.geojson"));
    REQUIRE(shipped.map);
    in.map = std::move(*shipped.map);
    in.map_provenance = *shipped.provenance;
    in.written_on = "2025-06-03";
    return in;
}

// The text of the chapter whose heading has id `h-<id>`, up to the next chapter.
std::string chapter(const std::string& html, const std::string& id) {
    const size_t begin = html.find("<section class=\"chapter");
    const size_t at = html.find("id=\"" + id + "\"", begin);
    REQUIRE(at != std::string::npos);
    const size_t end = html.find("<section class=\"chapter", at);
    return html.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

json partnership(const json& dataset, int number) {
    for (const auto& p : dataset["partnerships"])
        if (p["number"] == number) return p;
    FAIL("no partnership " << number);
    return {};
}

} // namespace

TEST_CASE("the report lists every partnership of the register in its register chapter", "[report]") {
    const json data = default_json();
    const std::string html = swm::render_report(input_for(data, data));
    const std::string reg = chapter(html, "register");
    REQUIRE(data["partnerships"].size() == 33);
    for (const auto& p : data["partnerships"]) {
        INFO(p["name"]);
        CHECK(reg.find("<th scope=\"row\">" + std::to_string(p["number"].get<int>()) + "</th><td><strong>" +
                       swm::report::escape(p["name"].get<std::string>()) + "</strong>") != std::string::npos);
    }
    CHECK(reg.find("<caption>Lopend (29)</caption>") != std::string::npos);
    CHECK(reg.find("<caption>In onderzoek (4)</caption>") != std::string::npos);
}

TEST_CASE("a partnership name with markup stays text in the report", "[report]") {
    json data = default_json();
    json evil = partnership(data, 1);
    evil["number"] = 90;
    evil["name"] = "<script>alert('x')</script> & <b>Co</b>";
    evil["description"] = "\"><img src=x onerror=alert(1)>";
    data["partnerships"].push_back(evil);
    const std::string html = swm::render_report(input_for(data, default_json()));
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<b>Co") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;Co&lt;/b&gt;") != std::string::npos);
    // Also where it appears as an added partnership.
    CHECK(chapter(html, "wijzigingen").find("&lt;script&gt;") != std::string::npos);
}

TEST_CASE("the report is one Dutch document with a chapter per part and accessible tables", "[report]") {
    const json data = default_json();
    const std::string html = swm::render_report(input_for(data, data));
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"nl\">", 0) == 0);
    CHECK(count_of(html, "<h1>") == 1);
    CHECK(count_of(html, "<section class=\"chapter") == 7);
    for (const char* id : {"register", "analyse", "kaart", "strategie", "verbonden-partijen", "wijzigingen", "verantwoording"}) {
        INFO(id);
        CHECK(html.find("<a href=\"#" + std::string(id) + "\">") != std::string::npos);  // in the contents
        CHECK(html.find("<h2 id=\"h-" + std::string(id) + "\">") != std::string::npos);
    }
    CHECK(html.find("<dt>Peildatum</dt><dd>november 2014</dd>") != std::string::npos);
    // Every header cell says what it heads; every table has a caption.
    CHECK(count_of(html, "<th>") == 0);
    CHECK(count_of(html, "<th ") == count_of(html, "<th scope=\"col\">") + count_of(html, "<th scope=\"row\">"));
    CHECK(count_of(html, "<table") == count_of(html, "<caption>"));
    // register 2, analysis 8 (stated only among them), map 1, two per
    // probable verbonden partij (5); no changes
    CHECK(count_of(html, "<table") == 21);
    // Charts and map are inline SVG named by a title and a description.
    CHECK(count_of(html, "role=\"img\" aria-labelledby=") == count_of(html, "<svg class=\"chart\"") + 1);
    CHECK(count_of(html, "<svg class=\"chart\"") == 5);
    // A4, a page per chapter, the register in landscape, page numbers.
    CHECK(html.find("size: A4;") != std::string::npos);
    CHECK(html.find("break-before: page") != std::string::npos);
    CHECK(html.find("size: A4 landscape") != std::string::npos);
    CHECK(html.find("\"Pagina \" counter(page) \" van \" counter(pages)") != std::string::npos);
}

TEST_CASE("the report tells what the overview says from what the register inferred", "[report]") {
    const json data = default_json();
    const std::string html = swm::render_report(input_for(data, data));
    const std::string reg = chapter(html, "register");
    // Nr 2: no participants named, so Twente is inferred; nr 19 keeps its 12.
    CHECK(reg.find("<span class=\"inferred\">Afgeleid (het overzicht noemt ze niet bij naam):</span> Twente: alle gemeenten") !=
          std::string::npos);
    CHECK(reg.find("<span class=\"inferred\">Gekozen (het overzicht noemt ze niet bij naam):</span> Achterhoek: alle gemeenten") !=
          std::string::npos);
    CHECK(reg.find("Het overzicht noemt 12 deelnemers zonder namen: “met 12 Twentse gemeenten”.") != std::string::npos);
    CHECK(reg.find("Toetreding Hof van Twente: 2010") != std::string::npos);
    CHECK(reg.find("30 oktober 2013, Kring van gemeentesecretarissen") != std::string::npos);
    CHECK(reg.find("Project <span class=\"inferred\">(gekozen)</span>") != std::string::npos);  // nr 11, 14, 16
    const std::string analysis = chapter(html, "analyse");
    CHECK(analysis.find("Verder valt op dat er beperkte samenwerking is met de Achterhoek.") != std::string::npos);
    CHECK(analysis.find("De vraag is hoe het staat met de democratische legitimiteit") != std::string::npos);
    CHECK(analysis.find("komt het register overeen") == std::string::npos);
    CHECK(analysis.find("nr. 11, 14, 16 als Project") != std::string::npos);
    CHECK(analysis.find("Genoemd en afgeleid: waar de cijfers verschillen") != std::string::npos);
    CHECK(analysis.find("<tr><th scope=\"row\">Gedeeld met Hengelo</th><td class=\"num\">22</td><td class=\"num\">12</td></tr>") !=
          std::string::npos);
    const std::string strategy = chapter(html, "strategie");
    CHECK(strategy.find("STRATEGIE SAMENWERKEN MET GEMEENTEN – Samen maakt sterk!") != std::string::npos);
}

TEST_CASE("the analysis chapter reproduces the overview's 27 of 29 and the strategy chapter its goals", "[report]") {
    const json data = default_json();
    const std::string html = swm::render_report(input_for(data, data));
    const std::string analysis = chapter(html, "analyse");
    CHECK(analysis.find("9 GR, 4 SOK, 2 convenant, 7 project en 5 overig") != std::string::npos);
    CHECK(analysis.find("nr. 21, 22") != std::string::npos);
    CHECK(analysis.find("Niet geografisch geclusterd: 10") != std::string::npos);  // the scale chart's description
    CHECK(analysis.find("zijn er 6 niet geografisch geclusterd (nr. 10, 12, 15, 23, 26, 29)") != std::string::npos);
    const std::string strategy = chapter(html, "strategie");
    CHECK(count_of(strategy, "<li value=") == 20);
    CHECK(strategy.find("<strong>bestuurskrachtig</strong>") != std::string::npos);
    CHECK(strategy.find("<em>zoekt</em>") != std::string::npos);
}

TEST_CASE("the map colours each municipality by its smallest region and lists the shared partnerships", "[report]") {
    const json data = default_json();
    const auto current = stored(data);
    auto region = [&](const char* id) { return swm::report::colour_region(*current->dataset.organisation(id)); };
    CHECK(region("GM0164") == swm::Scale::midden_twente);  // Hengelo: MT, Tw, Zt
    CHECK(region("GM0141") == swm::Scale::zuid_twente);    // Almelo: Tw, Zt
    CHECK(region("GM0189") == swm::Scale::west_twente);    // Wierden: Tw, Wt
    CHECK(region("GM0197") == swm::Scale::achterhoek);     // Aalten
    CHECK(region("GM1774") == swm::Scale::twente);         // Dinkelland
    CHECK_FALSE(region("GM0262"));                          // Lochem: none

    const std::string map = chapter(swm::render_report(input_for(data, data)), "kaart");
    // The shipped boundaries, credited under the figure, with grey neighbours.
    CHECK(map.find("Meegeleverde kaart: CBS/PDOK (Kadaster), gemeentegrenzen 2024") != std::string::npos);
    CHECK(map.find("<span class=\"map-credit\">Bron: CBS/PDOK (Kadaster), CC BY 4.0, grenzen 2024, gegeneraliseerd</span>") !=
          std::string::npos);
    CHECK(map.find("Andere gemeenten") != std::string::npos);
    CHECK(count_of(map, "fill=\"#E69F00\"") >= 3);  // MT: Hengelo, Borne, Haaksbergen, Hof van Twente
    CHECK(count_of(map, "stroke=\"#000000\" stroke-width=\"3.5\"") == 1);  // Hof van Twente outlined once
    // Text equivalent: Hengelo's row with its region and its partnerships with Hof van Twente.
    const std::regex hengelo(R"(<tr><th scope="row">Hengelo</th><td>Midden Twente</td><td>Midden Twente, Twente, Zuid Twente</td><td class="num">(\d+)</td>)");
    std::smatch m;
    REQUIRE(std::regex_search(map, m, hengelo));
    CHECK(std::stoi(m[1]) > 10);
    for (const auto& o : data["organisations"])
        if (o["kind"] == "gemeente") CHECK(map.find("<th scope=\"row\">" + o["name"].get<std::string>() + "</th>") != std::string::npos);
}

TEST_CASE("the changes chapter shows what was added, removed and changed since the snapshot, in words", "[report]") {
    const json before = default_json();
    SECTION("nothing changed") {
        const std::string changes = chapter(swm::render_report(input_for(before, before)), "wijzigingen");
        CHECK(changes.find("Wijzigingen sinds “november 2014”") != std::string::npos);
        CHECK(changes.find("niet gewijzigd") != std::string::npos);
    }
    SECTION("one of each") {
        json now = before;
        auto& list = now["partnerships"];
        for (auto& p : list) {
            if (p["number"] == 5) {
                p["scale"] = "MT";
                p["status"] = "beeindigd";
                p["partners"].back() = "GM0262";  // the last partner replaced by Lochem
            }
        }
        list.erase(std::remove_if(list.begin(), list.end(), [](const json& p) { return p["number"] == 33; }), list.end());
        json added = partnership(before, 1);
        added["number"] = 34;
        added["name"] = "Nieuw verband Lochem";
        list.push_back(added);
        const std::string changes = chapter(swm::render_report(input_for(now, before)), "wijzigingen");
        CHECK(changes.find("1 toegevoegd, 1 niet meer in het register, 1 gewijzigd.") != std::string::npos);
        CHECK(changes.find("Nieuw verband Lochem") != std::string::npos);
        CHECK(changes.find("Regio Twente doorontwikkeling samenwerking") != std::string::npos);
        // Codes as labels, partners by name.
        CHECK(changes.find("<td>Schaal</td><td>Twente</td><td>Midden Twente</td>") != std::string::npos);
        CHECK(changes.find("<td>Status</td><td>Lopend</td><td>Beëindigd</td>") != std::string::npos);
        CHECK(changes.find(", Lochem</td></tr>") != std::string::npos);
    }
}

TEST_CASE("GET /report serves the report, compares with the first snapshot and refuses an unknown one", "[report]") {
    TempDir dir;
    MonitorProcess m(dir.path);
    auto c = m.client();
    auto res = c.Get("/report");
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(res->body.find("Wijzigingen sinds “november 2014”") != std::string::npos);
    CHECK(count_of(res->body, "<th scope=\"row\">") > 33);

    // A partnership added through the API appears, as text, as a change since the first snapshot.
    json p = partnership(default_json(), 1);
    p["number"] = 40;
    p["name"] = "<script>alert(1)</script>";
    auto created = c.Post("/api/partnerships", m.write_headers(), p.dump(), "application/json");
    REQUIRE(created);
    REQUIRE(created->status == 201);
    res = c.Get("/report?since=1");
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->body.find("<script>") == std::string::npos);
    CHECK(chapter(res->body, "wijzigingen").find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);

    res = c.Get("/report?since=99");
    REQUIRE(res);
    CHECK(res->status == 404);
    CHECK(res->body.find("Momentopname 99 bestaat niet. Beschikbaar: 1 (november 2014).") != std::string::npos);
    res = c.Get("/report?since=abc");
    REQUIRE(res);
    CHECK(res->status == 400);
}

TEST_CASE("`samenwerkingsmonitor report` writes the report to a file", "[report]") {
    TempDir dir;
    const std::string out = dir.path + "/raad.html";
    swm::test::RunResult r = swm::test::run_exe({"report", "--data-dir", dir.path, "--output", out});
    REQUIRE(r.exit_code == 0);
    const std::string html = read_text(out);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("Werkplein Midden Twente") != std::string::npos);
    CHECK(html.find("Wijzigingen sinds “november 2014”") != std::string::npos);

    r = swm::test::run_exe({"report", "--data-dir", dir.path, "--since", "7", "--output", dir.path + "/x.html"});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("Momentopname 7 bestaat niet") != std::string::npos);
    r = swm::test::run_exe({"report", "--since", "zeven"});
    CHECK(r.exit_code == 64);
}

TEST_CASE("the report prints the paragraph verbonden partijen as a budget does, and a council page each", "[report]") {
    json data = default_json();
    for (auto& o : data["organisations"]) {
        if (o["id"] != "veiligheidsregio-twente") continue;
        o["verbonden_partij"]["public_interest"] = "Brandweerzorg & <rampenbestrijding>";
        o["verbonden_partij"]["contacts"] = {{{"role", "griffie"}, {"name", "D. Persoonlijk"}, {"email", "d@example.nl"}, {"phone", ""}}};
        o["verbonden_partij"]["years"] = {{{"year", 2025}, {"bestuurlijk_belang", true}, {"financieel_belang", true},
                                           {"representation", "Burgemeester in het algemeen bestuur"},
                                           {"equity_start", 5'400'000}, {"equity_end", 4'900'000},
                                           {"liabilities_start", 61'000'000}, {"liabilities_end", 59'250'000},
                                           {"result", -500'000}, {"contribution", 2'345'678}, {"risk_level", "hoog"},
                                           {"risks", "Kazerne-investeringen"}}};
    }
    swm::ReportInput in = input_for(data, data);
    swm::PcMoment m;
    m.partnership = 7;
    m.name = "Veiligheidsregio Twente";
    m.year = 2025;
    m.step = swm::PcStep::zienswijze_begroting;
    m.due = swm::CivilDate{2025, 6, 30};  // after the report's date (3 June)
    m.state = swm::MomentState::verwacht;
    m.late_for_council = true;
    in.moments = {m};
    const std::string html = swm::render_report(in);
    const std::string vp = chapter(html, "verbonden-partijen");
    // The groups in the order of BBV art. 15, the GRs first.
    const size_t gr = vp.find("Gemeenschappelijke regelingen");
    const size_t companies = vp.find("Vennootschappen en coöperaties");
    const size_t foundations = vp.find("Stichtingen en verenigingen");
    const size_t other = vp.find("Overige verbonden partijen");
    REQUIRE(gr != std::string::npos);
    CHECK(gr < companies);
    CHECK(companies < foundations);
    CHECK(foundations < other);
    CHECK(vp.find("EUREGIO", foundations) < other);  // the association in its group
    CHECK(vp.find("<td>Verbonden partij<span") != std::string::npos);  // both belangen: it is one
    CHECK(vp.find("€ 5.400.000 / € 4.900.000") != std::string::npos);
    CHECK(vp.find("€ 61.000.000 / € 59.250.000") != std::string::npos);
    CHECK(vp.find("€ -500.000") != std::string::npos);
    CHECK(vp.find("<strong>Hoog</strong> Kazerne-investeringen") != std::string::npos);
    CHECK(vp.find("Brandweerzorg &amp; &lt;rampenbestrijding&gt;") != std::string::npos);
    CHECK(vp.find("Raadspagina: Veiligheidsregio Twente") != std::string::npos);
    CHECK(vp.find("30 juni 2025") != std::string::npos);
    CHECK(vp.find("Te laat voor de raad") != std::string::npos);
    // The others have no figures: said so, not zero.
    CHECK(vp.find("Voor 2025 zijn nog geen gegevens ingevoerd.") != std::string::npos);
    CHECK(vp.find("€ 0") == std::string::npos);
    // Contacts are personal data: not in the report.
    CHECK(html.find("D. Persoonlijk") == std::string::npos);
    CHECK(html.find("d@example.nl") == std::string::npos);
}
