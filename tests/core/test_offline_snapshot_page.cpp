#include "core/offline_snapshot_page.h"

#include <catch2/catch.hpp>

TEST_CASE("offline snapshot page: data and wasm go in at the marker, inert, and a page without one is refused") {
    const std::string page = "<html><body><!--SWM_SNAPSHOT_DATA--><script>start()</script></body></html>";
    const nlohmann::json responses = {{"/api/dataset", {{"notes", {"<!--<script>", "</script>"}}}}};
    const std::string out = swm::offline_snapshot_page(page, responses, std::string("\0asm", 4));
    CHECK(out.find("<!--SWM_SNAPSHOT_DATA-->") == std::string::npos);
    CHECK(out.find("id=\"swm-wasm\">AGFzbQ==</script>") != std::string::npos);
    // The user's text cannot open a comment or end the element.
    CHECK(out.find("<!--<script>") == std::string::npos);
    CHECK(out.find("\\u003c/script\\u003e") != std::string::npos);
    CHECK(out.find("<script>start()</script>") != std::string::npos);
    CHECK(swm::offline_snapshot_page("<html></html>", responses, "x").empty());
}
