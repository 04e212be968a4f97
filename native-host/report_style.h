// The report's style sheet: readable on screen, and for print A4 with a page
// per chapter, the register in landscape, table headers repeated on every
// page, rows kept whole, and page numbers in the page margin where the
// browser supports CSS margin boxes (Chromium 131 and later).
#pragma once
#include <string>

namespace swm::report {

// `footer`: the running text at the foot of every page but the first.
std::string report_css(const std::string& footer);

} // namespace swm::report
