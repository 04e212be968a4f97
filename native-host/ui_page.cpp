#include "native-host/ui_page.h"

#include "native-host/embedded.h"

namespace swm {

std::string ui_page_with_token(const std::string& token) {
    std::string page(embedded_ui_html());
    static const std::string kPlaceholder = "%%SWM_TOKEN%%";
    const size_t at = page.find(kPlaceholder);
    if (at != std::string::npos) page.replace(at, kPlaceholder.size(), token);
    return page;
}

} // namespace swm
