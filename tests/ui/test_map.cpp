// The map's canvas and side panel with a small boundary document (three
// municipalities cut from the shipped map): credited, a click on a
// municipality lists its partnerships, and the import of official
// boundaries: read and checked here, uploaded once with progress, shown
// without fetching the map again; a file that is no map is refused before
// anything is sent.
#include "screen.h"

#include "core/geo/map_document.h"
#include "core/geo/map_import.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

namespace swm::test {
namespace {

std::string read_text(const std::string& relative) {
    std::ifstream in(std::string(SWM_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The shipped map cut down to the municipalities `codes`, as a map document
// with the shipped map's provenance (`with_provenance`) or as a bare file.
std::string boundaries(const std::vector<std::string>& codes, bool with_provenance) {
    geo::MapDocument shipped = geo::read_map_document(read_text("assets/map/gemeenten-regio-2024.geojson"));
    REQUIRE(shipped.map);
    geo::MunicipalityMap cut;
    for (const auto& m : shipped.map->municipalities)
        if (std::find(codes.begin(), codes.end(), m.statcode) != codes.end()) cut.municipalities.push_back(m);
    REQUIRE(cut.municipalities.size() == codes.size());
    std::string doc = geo::encode_map_document(cut, *shipped.provenance);
    if (with_provenance) return doc;
    nlohmann::json j = nlohmann::json::parse(doc);
    j.erase("provenance");
    return j.dump();
}

const std::vector<std::string> kThree = {"GM1735", "GM0153", "GM0164"};  // Hof van Twente, Enschede, Hengelo

FakeHost with_map() {
    FakeHost host;
    host.dataset = default_dataset();
    host.map_document = boundaries(kThree, true);
    return host;
}

nlohmann::json label(const nlohmann::json& map, const std::string& code) {
    for (const auto& l : map["labels"])
        if (l["code"] == code) return l;
    FAIL("no label for " << code);
    return {};
}

void click_at(Screen& screen, float x, float y) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x, y);
    screen.frame();
    io.MouseDown[0] = true;
    screen.frame();
    io.MouseDown[0] = false;
    screen.frame();
    screen.settle();
}


FakeHost with_shipped_map() {
    FakeHost host;
    host.dataset = default_dataset();
    host.map_document = read_text("assets/map/gemeenten-regio-2024.geojson");
    return host;
}

bool overlaps(const nlohmann::json& a, const nlohmann::json& b) {
    return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

void drag(Screen& screen, float x0, float y0, float dx, float dy) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x0, y0);
    screen.frame();
    io.MouseDown[0] = true;
    screen.frame();
    for (int i = 1; i <= 5; ++i) {
        io.MousePos = ImVec2(x0 + dx * float(i) / 5, y0 + dy * float(i) / 5);
        screen.frame();
    }
    io.MouseDown[0] = false;
    screen.frame();
    screen.settle();
}

void press(Screen& screen, int dom_code) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[dom_code] = true;
    screen.frame();
    io.KeysDown[dom_code] = false;
    screen.settle();
}

} // namespace

TEST_CASE("the map panel with a small boundary document: credited, and a click lists a municipality's partnerships") {
    FakeHost host = with_map();
    Screen screen(host, 1600, 2400);
    screen.click("nav.map");
    auto map = screen.state()["map"];
    REQUIRE(map["load"] == "ready");
    CHECK(map["areas"] == 3);
    CHECK(map["credit"] == "Bron: CBS/PDOK (Kadaster), CC BY 4.0, grenzen 2024, gegeneraliseerd");
    CHECK_THAT(screen.words(), Catch::Contains("Kleur naar"));
    const auto enschede = label(map, "GM0153");
    click_at(screen, enschede["x"].get<float>(), enschede["y"].get<float>());
    map = screen.state()["map"];
    CHECK(map["selected_municipality"] == "GM0153");
    CHECK_THAT(screen.words(), Catch::Contains("Enschede"));
    int listed = 0;
    for (const auto& p : host.dataset.partnerships)
        if (p.has_partner("GM0153")) {
            ++listed;
            CHECK(screen.state()["targets"].contains("map.partnership." + std::to_string(p.number)));
        }
    CHECK(listed > 0);
}

TEST_CASE("choosing the shared count colours the map and its legend") {
    FakeHost host = with_map();
    Screen screen(host, 1600, 2400);
    screen.click("nav.map");
    screen.click("map.mode.shared");
    CHECK(screen.state()["map"]["colouring"] == "shared");
    CHECK_THAT(screen.words(), Catch::Contains("Gedeelde verbanden"));
}

TEST_CASE("a file that is no map is refused at once, nothing is sent, the map stays") {
    FakeHost host = with_map();
    Screen screen(host, 1600, 2400);
    screen.click("nav.map");
    screen.click("map.load_official");
    REQUIRE(browser().picker_open);
    CHECK(browser().picker_max_bytes == double(geo::kMaxMapImportBytes));
    browser().choose_file("kapot.geojson", R"({"type":"FeatureCollection","features":[{"type":"Feature",)"
                                           R"("properties":{"statnaam":"Goor"},"geometry":{"type":"Point","coordinates":[6.5,52.2]}}]})");
    screen.settle();
    const auto map = screen.state()["map"];
    CHECK(map["import"]["failed"] == true);
    CHECK(map["import"]["errors"].get<int>() > 0);
    CHECK(map["provenance"]["kind"] == "shipped");
    CHECK(map["areas"] == 3);
    CHECK_THAT(screen.words(), Catch::Contains("Niet ingelezen; de huidige kaart blijft staan."));
    CHECK(browser().count_sent("POST", "/api/geo/import") == 0);
}

TEST_CASE("official boundaries are uploaded once and shown without fetching the map again") {
    FakeHost host = with_map();
    Screen screen(host, 1600, 2400);
    screen.click("nav.map");
    REQUIRE(browser().count_sent("GET", "/api/geo") == 1);
    screen.click("map.load_official");
    const std::string file = boundaries({"GM1735", "GM0153", "GM0164", "GM0158", "GM0173"}, false);
    browser().choose_file("gemeenten.geojson", file);
    // Sent, not yet answered (the double answers at the next frame).
    CHECK(screen.state()["map"]["import"]["busy"] == true);
    CHECK(screen.state()["map"]["import"]["total"] == double(file.size()));
    screen.settle();
    const auto map = screen.state()["map"];
    CHECK(map["import"]["failed"] == false);
    CHECK(map["provenance"]["kind"] == "imported");
    CHECK(map["areas"] == 5);
    CHECK(map["credit"] == "Grenzen: gemeenten.geojson");
    CHECK_THAT(screen.words(), Catch::Contains("Officiële grenzen ingelezen: 5 gemeenten."));
    CHECK(browser().count_sent("POST", "/api/geo/import?name=gemeenten.geojson") == 1);
    CHECK(browser().count_sent("GET", "/api/geo") == 1);
}

TEST_CASE("a file over 64 MiB is refused before it is read") {
    FakeHost host = with_map();
    Screen screen(host, 1600, 2400);
    screen.click("nav.map");
    screen.click("map.load_official");
    browser().choose_file("heel-nederland.geojson", std::string(geo::kMaxMapImportBytes + (1 << 20), ' '));
    screen.settle();
    CHECK_THAT(screen.words(), Catch::Contains("Het bestand is 65 MiB; de monitor leest grenzen tot 64 MiB in."));
    CHECK(browser().count_sent("POST", "/api/geo/import") == 0);
}

TEST_CASE("names never cover each other or the legend at 1024x768, 1280x720 and 1920x1080") {
    FakeHost host = with_shipped_map();
    Screen screen(host, 1024, 768);
    screen.click("nav.map");
    for (const auto& [w, h] : {std::pair{1024.0f, 768.0f}, {1280.0f, 720.0f}, {1920.0f, 1080.0f}}) {
        ImGui::GetIO().DisplaySize = ImVec2(w, h);
        ImGui::GetIO().MousePos = ImVec2(2, h - 2);
        screen.settle();
        const auto map = screen.state()["map"];
        INFO(w << "x" << h);
        REQUIRE(map["load"] == "ready");
        const auto& boxes = map["label_boxes"];
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            for (std::size_t j = i + 1; j < boxes.size(); ++j) {
                INFO(boxes[i]["code"] << " and " << boxes[j]["code"]);
                CHECK_FALSE(overlaps(boxes[i]["box"], boxes[j]["box"]));
            }
            if (map["legend"].is_array()) CHECK_FALSE(overlaps(boxes[i]["box"], map["legend"]));
        }
        // Hof van Twente always; of its small, crowded neighbours at most
        // two make way at the smallest sizes.
        int missing = 0;
        for (const auto& l : map["labels"]) missing += l["shown"] ? 0 : 1;
        CHECK(label(map, "GM1735")["shown"] == true);
        CHECK(missing <= 2);
    }
}

TEST_CASE("the shipped map puts the register's municipalities where they are, with their counts") {
    FakeHost host = with_shipped_map();
    Screen screen(host, 1920, 1080);
    screen.click("nav.map");
    const auto map = screen.state()["map"];
    const auto hof = label(map, "GM1735"), enschede = label(map, "GM0153"), winterswijk = label(map, "GM0294");
    CHECK(enschede["x"].get<double>() > hof["x"].get<double>());
    CHECK(winterswijk["y"].get<double>() > hof["y"].get<double>());
    for (const auto& l : map["labels"]) {
        int n = 0;
        for (const auto& p : host.dataset.partnerships) n += p.has_partner(l["code"].get<std::string>()) ? 1 : 0;
        INFO(l["name"]);
        CHECK(l["count"] == n);
    }
}

TEST_CASE("hovering names a municipality, choosing one of its partnerships keeps the map, a click outside clears") {
    FakeHost host = with_shipped_map();
    Screen screen(host, 1920, 1080);
    screen.click("nav.map");
    const auto enschede = label(screen.state()["map"], "GM0153");
    ImGui::GetIO().MousePos = ImVec2(enschede["x"].get<float>(), enschede["y"].get<float>());
    screen.settle();
    CHECK(screen.state()["map"]["hovered"] == "GM0153");
    CHECK_THAT(screen.words(), Catch::Contains("Enschede"));  // the tooltip
    click_at(screen, enschede["x"].get<float>(), enschede["y"].get<float>());
    screen.click("map.partnership.11");
    auto s = screen.state();
    CHECK(s["selected"] == 11);
    CHECK(s["view"] == "map");
    CHECK_THAT(screen.words(), Catch::Contains(host.dataset.partnership(11)->name));
    float left = 1e9f, top = 1e9f;
    for (const auto& l : s["map"]["labels"]) {
        left = std::min(left, l["x"].get<float>());
        top = std::min(top, l["y"].get<float>());
    }
    click_at(screen, left - 150, top - 60);
    CHECK(screen.state()["map"]["selected_municipality"] == "");
}

TEST_CASE("the wheel zooms around the mouse, dragging pans, 0 fits again and = zooms in") {
    FakeHost host = with_shipped_map();
    Screen screen(host, 1280, 720);
    screen.click("nav.map");
    const auto hof = label(screen.state()["map"], "GM1735");
    const float x = hof["x"].get<float>(), y = hof["y"].get<float>();
    screen.scroll(x, y, -3);
    auto map = screen.state()["map"];
    CHECK(map["zoom"].get<double>() > 1.2);
    const auto after = label(map, "GM1735");
    CHECK(std::abs(after["x"].get<float>() - x) < 3);
    CHECK(std::abs(after["y"].get<float>() - y) < 3);
    drag(screen, after["x"].get<float>(), after["y"].get<float>(), 100, 50);
    map = screen.state()["map"];
    CHECK(std::abs(label(map, "GM1735")["x"].get<float>() - (after["x"].get<float>() + 100)) < 3);
    CHECK(map["selected_municipality"] == "");  // a drag is not a click
    press(screen, 48);  // 0
    map = screen.state()["map"];
    CHECK(map["zoom"] == 1);
    CHECK(std::abs(label(map, "GM1735")["x"].get<float>() - x) < 1);
    press(screen, 187);  // =
    CHECK(screen.state()["map"]["zoom"].get<double>() > 1.4);
}

} // namespace swm::test
