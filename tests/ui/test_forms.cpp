// Changing the register through the forms: a bad value is shown at its
// field and nothing is sent, a good one is saved and shown, someone else's
// change meanwhile is offered to reload, and the organisation form refuses a
// CBS code that is not one. A tall window keeps every field on screen.
#include "screen.h"

#include "core/json_codec.h"

#include <catch2/catch.hpp>

namespace swm::test {
namespace {

constexpr float kWidth = 1280, kTall = 1600;

void open_edit(Screen& screen, int number) {
    screen.click("register.row." + std::to_string(number));
    screen.click("detail.edit");
    REQUIRE(screen.state()["view"] == "form");
    REQUIRE(screen.state()["form"]["draft"]["number"] == number);
}

bool has_error(const nlohmann::json& errors, const std::string& field, const std::string& key) {
    for (const auto& e : errors)
        if (e["field"] == field && e["key"] == key) return true;
    return false;
}

} // namespace

TEST_CASE("saving an invalid partnership form shows the field errors and sends nothing") {
    FakeHost host = host_of_2014();
    Screen screen(host, kWidth, kTall);
    open_edit(screen, 1);
    screen.type_into("form.start_date", "2014-13");
    screen.type_into("form.name", "");
    auto s = screen.state();
    CHECK(has_error(s["form"]["errors"], "start_date", "validation.date_malformed"));
    CHECK(has_error(s["form"]["errors"], "name", "validation.name_missing"));
    // In words, at the field.
    CHECK_THAT(screen.words(), Catch::Contains("ongeldige datum '2014-13': verwacht JJJJ, JJJJ-MM of JJJJ-MM-DD"));
    screen.click("form.save");
    s = screen.state();
    CHECK(s["view"] == "form");
    CHECK(browser().count_sent("PUT", "/api/partnerships/") == 0);
    CHECK(host.dataset.partnership(1)->name == "Werkplein Midden Twente");
}

TEST_CASE("a new name is saved, and the detail shows it") {
    FakeHost host = host_of_2014();
    Screen screen(host, kWidth, kTall);
    open_edit(screen, 24);
    const std::string name = "Coördinatie huiselijk geweld, Zoë en Daniël";
    screen.type_into("form.name", name);
    CHECK(screen.state()["form"]["errors"].empty());
    screen.click("form.save");
    const auto s = screen.state();
    CHECK(s["view"] == "detail");
    CHECK(s["save"] == "saved");
    CHECK(browser().count_sent("PUT", "/api/partnerships/24") == 1);
    CHECK(host.dataset.partnership(24)->name == name);
    CHECK(host.dataset.partnership(24)->revision == 2);
    CHECK_THAT(screen.words(), Catch::Contains(name));
}

TEST_CASE("a change saved by someone else meanwhile is shown with the choice to reload") {
    FakeHost host = host_of_2014();
    Screen screen(host, kWidth, kTall);
    open_edit(screen, 7);
    Partnership& theirs = host.dataset.partnerships[6];
    REQUIRE(theirs.number == 7);
    theirs.name = "Veiligheidsregio Twente (gewijzigd door een collega)";
    theirs.revision = 2;
    screen.type_into("form.name", "Veiligheidsregio Twente (mijn versie)");
    screen.click("form.save");
    auto s = screen.state();
    CHECK(s["form"]["conflict"] == 2);
    CHECK(s["save"] == "failed");
    screen.click("form.conflict_reload");
    s = screen.state();
    CHECK(s["form"]["conflict"].is_null());
    CHECK(s["form"]["draft"]["name"] == "Veiligheidsregio Twente (gewijzigd door een collega)");
}

TEST_CASE("the organisation form refuses a bad CBS code at its field") {
    FakeHost host = host_of_2014();
    Screen screen(host, kWidth, kTall);
    screen.click("nav.organisations");
    screen.click("orgs.new");
    REQUIRE(screen.state()["view"] == "organisation_form");
    screen.type_into("org_form.name", "Gemeente Nergensland");
    screen.click("org_form.kind");
    screen.click("choice.kind.0");  // gemeente: its id is its CBS code
    screen.type_into("org_form.cbs_code", "GM17");
    const auto s = screen.state();
    CHECK(has_error(s["organisation_form"]["errors"], "cbs_code", "validation.cbs_code_malformed"));
    CHECK_THAT(screen.words(), Catch::Contains("ongeldige CBS-code 'GM17': verwacht GM en vier cijfers"));
    screen.click("org_form.save");
    CHECK(screen.state()["view"] == "organisation_form");
    CHECK(browser().count_sent("PUT", "/api/organisations/") == 0);
}

} // namespace swm::test
