#include "core/date_text.h"

#include <catch2/catch.hpp>

using swm::format_partial_date;
using swm::Lang;

TEST_CASE("dates read as words at the precision the source gives") {
    CHECK(format_partial_date("2014-11", Lang::nl) == "november 2014");
    CHECK(format_partial_date("2014-11", Lang::en) == "November 2014");
    CHECK(format_partial_date("2013-10-30", Lang::nl) == "30 oktober 2013");
    CHECK(format_partial_date("2007", Lang::nl) == "2007");
    // Text that is no date is shown as it is, never guessed at.
    CHECK(format_partial_date("najaar 2014", Lang::nl) == "najaar 2014");
    CHECK(format_partial_date("2014-13", Lang::nl) == "2014-13");
}
