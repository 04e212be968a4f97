// JSON to put inside an HTML <script> element. The HTML parser looks for
// "</script", "<!--" and "<script" inside it whatever JSON thinks, and old
// JavaScript engines end a line at U+2028/U+2029; each '<', '>', '&' and
// those two characters is written as a \u escape, which is the same JSON,
// so no text of the user's can end the element or hide the page.
#pragma once
#include <nlohmann/json.hpp>

#include <string>

namespace swm {

std::string json_for_html(const nlohmann::json& j);

} // namespace swm
