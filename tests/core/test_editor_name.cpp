#include "core/editor_name.h"

#include <catch2/catch.hpp>

#include <string>

using namespace swm;

namespace {

// The one problem's key, or "" when the name is accepted.
std::string problem(const std::string& name) {
    const ValidationErrors e = validate_editor_name(name, "X-SWM-User");
    if (e.empty()) return "";
    CHECK(e.size() == 1);
    CHECK(e.front().field == "X-SWM-User");
    return e.front().key;
}

} // namespace

TEST_CASE("editor name: a person's name with diacritics is accepted and stored trimmed") {
    CHECK(problem("Zoë Ëlberts") == "");
    CHECK(problem("  Zoë Ëlberts ") == "");
    CHECK(normalised_editor_name("  Zoë Ëlberts \t") == "Zoë Ëlberts");
    CHECK(problem(std::string(80, 'a')) == "");
    // Limits are in characters: 80 times 'ë' is 160 bytes and still fits.
    std::string eighty_e;
    for (int i = 0; i < 80; ++i) eighty_e += "ë";
    CHECK(problem(eighty_e) == "");
    CHECK(problem(eighty_e + "ë") == "validation.editor_name_too_long");
}

TEST_CASE("editor name: empty, too long, invalid UTF-8 and control characters are refused") {
    CHECK(problem("") == "validation.editor_name_empty");
    CHECK(problem("   ") == "validation.editor_name_empty");
    CHECK(problem(std::string(81, 'a')) == "validation.editor_name_too_long");
    CHECK(validate_editor_name(std::string(81, 'a'), "name").front().detail == "80");
    CHECK(problem("Zo\xEB") == "validation.editor_name_utf8");  // 'ë' in Latin-1, as a raw header byte
    CHECK(problem("\xC3") == "validation.editor_name_utf8");
    CHECK(problem("Anne\nroot") == "validation.editor_name_control");  // a forged second line
    CHECK(problem(std::string("Anne\0x", 6)) == "validation.editor_name_control");
    CHECK(problem("Anne\x7F") == "validation.editor_name_control");
    CHECK(problem("Anne\xC2\x85") == "validation.editor_name_control");  // U+0085, next line
    CHECK(problem("Anne\xC2\xA0") == "");                                // U+00A0 is a space, not a control
    CHECK_FALSE(validate_editor_name("", "name").front().message(Lang::nl).empty());
}

TEST_CASE("editor name: a document for others keeps when and what, not who") {
    ChangeEntry c;
    c.actor = "Zoë";
    c.action = "update";
    c.at = "2026-12-02T10:00:00Z";
    const auto changes = without_editor_names({c});
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].actor.empty());
    CHECK(changes[0].action == "update");
    CHECK(changes[0].at == c.at);
    SnapshotInfo s;
    s.actor = "Zoë";
    s.name = "Raad december";
    const auto snapshots = without_editor_names({s});
    CHECK(snapshots[0].actor.empty());
    CHECK(snapshots[0].name == "Raad december");
}
