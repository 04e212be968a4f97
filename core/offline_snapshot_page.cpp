#include "core/offline_snapshot_page.h"

#include "core/base64.h"
#include "core/html_embed.h"

namespace swm {

std::string offline_snapshot_page(std::string page, const nlohmann::json& responses, std::string_view wasm) {
    static constexpr std::string_view kMarker = "<!--SWM_SNAPSHOT_DATA-->";
    const size_t at = page.find(kMarker);
    if (at == std::string::npos) return {};
    // Base64 has no '<', and the JSON escapes its own (core/html_embed.h), so
    // no text of the user's can end either element.
    const std::string block = "<script type=\"application/json\" id=\"swm-snapshot\">" +
                              json_for_html(nlohmann::json{{"responses", responses}}) + "</script>\n" +
                              "<script type=\"application/octet-stream\" id=\"swm-wasm\">" + base64_encode(wasm) +
                              "</script>\n";
    page.replace(at, kMarker.size(), block);
    return page;
}

} // namespace swm
