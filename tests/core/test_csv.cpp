#include "core/csv.h"

#include <catch2/catch.hpp>

using namespace swm;

TEST_CASE("csv: Excel-NL dialect is written with BOM, semicolons, CRLF and quotes where needed") {
    const std::string out = csv::write({{"nummer", "naam"}, {"1", "Werkplein; Midden \"Twente\""}, {"2", "regel\neen"}});
    CHECK(out == "\xEF\xBB\xBFnummer;naam\r\n1;\"Werkplein; Midden \"\"Twente\"\"\"\r\n2;\"regel\neen\"\r\n");
}

TEST_CASE("csv: what is written reads back unchanged, diacritics and empty fields included") {
    const std::vector<csv::Row> rows = {{"a", "", "Zoë; Müller", " spatie ", "\"", "x\r\ny"}, {"", "", "", "", "", ""}, {"één"}};
    const csv::Table t = csv::parse(csv::write(rows));
    CHECK(t.errors.empty());
    CHECK(t.rows == rows);
    CHECK(t.row_lines == std::vector<int>{1, 3, 4});
}

TEST_CASE("csv: files from other locales and editors") {
    SECTION("comma separated without BOM") {
        const csv::Table t = csv::parse("a,b\n1,2\n");
        CHECK(t.separator == ',');
        CHECK(t.rows == std::vector<csv::Row>{{"a", "b"}, {"1", "2"}});
    }
    SECTION("the separator is read from the first record outside quotes") {
        // A quoted first field with a line break and commas, then ';': as our
        // own writer and Excel-NL write a name like "Werkplein, Midden".
        const csv::Table nl = csv::parse("\"Werkplein, Midden\nTwente\";\"Hof; Hengelo\"\r\n1;2\r\n");
        CHECK(nl.separator == ';');
        CHECK(nl.rows == std::vector<csv::Row>{{"Werkplein, Midden\nTwente", "Hof; Hengelo"}, {"1", "2"}});
        // A comma file whose quoted header holds a ';' as text.
        const csv::Table en = csv::parse("\"naam; kort\",schaal\nA,Tw\n");
        CHECK(en.separator == ',');
        CHECK(en.rows == std::vector<csv::Row>{{"naam; kort", "schaal"}, {"A", "Tw"}});
    }
    SECTION("blank lines are skipped and a missing final newline is fine") {
        const csv::Table t = csv::parse("a;b\r\n\r\n1;2");
        CHECK(t.rows == std::vector<csv::Row>{{"a", "b"}, {"1", "2"}});
        CHECK(t.row_lines == std::vector<int>{1, 3});
    }
    SECTION("an unclosed quote is reported with its line") {
        const csv::Table t = csv::parse("a;b\n1;\"open\n2;3\n");
        REQUIRE(t.errors.size() == 1);
        CHECK(t.errors[0].line == 2);
    }
    SECTION("text after a closing quote is reported") {
        const csv::Table t = csv::parse("a;\"b\"c\n");
        REQUIRE(t.errors.size() == 1);
        CHECK(t.errors[0].line == 1);
    }
}
