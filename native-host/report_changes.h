// The report's last chapter before the account: what changed in the
// register since a snapshot (by default the first, "november 2014"):
// partnerships added, no longer there, and changed field by field, with
// codes shown as their Dutch labels and partners by name.
#pragma once
#include "native-host/report.h"

#include <string>

namespace swm::report {

// The chapter's content, below its heading.
void render_changes_chapter(const ReportInput& input, std::string& out);

} // namespace swm::report
