// The UI page as served: the embedded single-file HTML with this run's write
// token filled in.
#pragma once
#include <string>

namespace swm {

std::string ui_page_with_token(const std::string& token);

} // namespace swm
