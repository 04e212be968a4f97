#include "core/partial_date.h"
#include "core/text.h"

#include <catch2/catch.hpp>

using namespace swm;

TEST_CASE("text: UTF-8 validity and length in characters") {
    CHECK(is_valid_utf8("Financiën – Hof van Twente"));
    CHECK(utf8_length("Financiën") == 9);
    CHECK(utf8_length("–") == 1);
    CHECK_FALSE(is_valid_utf8("\xC3"));              // truncated sequence
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(is_valid_utf8("a\xFFz"));
    CHECK(replace_invalid_utf8("a\xFFz\xC3") == "a\xEF\xBF\xBDz\xEF\xBF\xBD");
    CHECK(replace_invalid_utf8("Financiën") == "Financiën");
}

TEST_CASE("text: names from outside are made valid UTF-8 and cut on a character boundary") {
    CHECK(clean_utf8("\xFF", 200) == "\xEF\xBF\xBD");
    CHECK(clean_utf8("kaart-Overijssel.geojson", 200) == "kaart-Overijssel.geojson");
    // "ë" is two bytes: a cut after 7 bytes would split it; the whole character goes.
    CHECK(clean_utf8("Financiën", 7) == "Financi");
    CHECK(clean_utf8("Financiën", 8) == "Financi");
    CHECK(clean_utf8("Financiën", 9) == "Financië");
    CHECK(is_valid_utf8(clean_utf8("a\xC3", 2)));  // the replacement is 3 bytes: cut before it
    CHECK(clean_utf8("a\xC3", 2) == "a");
    CHECK(clean_utf8("", 5).empty());
}

TEST_CASE("text: search folding drops case and Dutch diacritics") {
    CHECK(fold_for_search("FINANCIËN") == "financien");
    CHECK(fold_for_search("Continuïteit géén") == "continuiteit geen");
    CHECK(fold_for_search("Zuidermaten – Elsenerbroek") == "zuidermaten – elsenerbroek");
}

TEST_CASE("text: placeholders are filled, missing arguments stay visible") {
    CHECK(fill("nummer {0} van {1}", {"3", "29"}) == "nummer 3 van 29");
    CHECK(fill("{0}{0}", {"a"}) == "aa");
    CHECK(fill("{1} ontbreekt", {"x"}) == "{1} ontbreekt");
    CHECK(fill("{", {}) == "{");
    CHECK(is_blank(" \t\n"));
    CHECK_FALSE(is_blank(" x "));
    CHECK(trim(" \tHof van Twente \r\n") == "Hof van Twente");
    CHECK(trim("   ").empty());
    CHECK(trim("ë") == "ë");
}

TEST_CASE("partial dates: year, month or day, real calendar days only") {
    const auto year = parse_partial_date("2007");
    REQUIRE(year);
    CHECK(year->year == 2007);
    CHECK(year->month == 0);
    const auto day = parse_partial_date("2013-10-30");
    REQUIRE(day);
    CHECK(day->day == 30);
    CHECK(parse_partial_date("2016-02-29"));
    CHECK_FALSE(parse_partial_date("2015-02-29"));
    CHECK_FALSE(parse_partial_date("2014-13"));
    CHECK_FALSE(parse_partial_date("2014-00"));
    CHECK_FALSE(parse_partial_date("2014-11-31"));
    CHECK_FALSE(parse_partial_date("0000"));
    CHECK_FALSE(parse_partial_date("14-11-2014"));
    CHECK_FALSE(parse_partial_date("2014/11"));
    CHECK_FALSE(parse_partial_date("najaar 2014"));
    CHECK_FALSE(parse_partial_date(""));
}

TEST_CASE("partial dates: compared at the precision both have") {
    auto d = [](const char* s) { return *parse_partial_date(s); };
    CHECK(compare_at_common_precision(d("2014"), d("2014-06")) == 0);
    CHECK(compare_at_common_precision(d("2014-05"), d("2014-06-01")) < 0);
    CHECK(compare_at_common_precision(d("2014-06-02"), d("2014-06-01")) > 0);
    CHECK(compare_at_common_precision(d("2013"), d("2014-01-01")) < 0);
}
