// The report's chapter on verbonden partijen: the paragraph as a budget
// prints it (BBV art. 15: grouped as gemeenschappelijke regelingen,
// vennootschappen en coöperaties, stichtingen en verenigingen, overige; per
// party the interest, the public interest, equity and liabilities at start
// and end, the result and the risks), then a council page per party in the
// spirit of Maassluis' "Samenwerkingswijzer": what it does, who represents
// us, the money, the risk, and the next moments the council can steer.
// Contacts are personal data and are not printed.
#pragma once
#include "native-host/report.h"

#include <string>

namespace swm::report {

void render_council_chapter(const ReportInput& input, std::string& out);

} // namespace swm::report
