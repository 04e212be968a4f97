#include "native-host/report_style.h"

#include "core/i18n.h"

#include <algorithm>

namespace swm::report {
namespace {

// A CSS string literal: quotes and backslashes escaped, line breaks dropped.
std::string css_string(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c != '\n' && c != '\r') out += c;
    }
    return out + "\"";
}

// "Pagina {0} van {1}" as CSS content: "Pagina " counter(page) " van " counter(pages) "".
std::string page_number_content(const std::string& pattern) {
    std::string out;
    size_t pos = 0;
    for (;;) {
        const size_t page = pattern.find("{0}", pos), pages = pattern.find("{1}", pos);
        const size_t next = std::min(page, pages);
        if (next == std::string::npos) return out + css_string(pattern.substr(pos));
        out += css_string(pattern.substr(pos, next - pos)) + (next == page ? " counter(page) " : " counter(pages) ");
        pos = next + 3;
    }
}

constexpr const char* kStyle = R"CSS(
:root { color-scheme: light; }
html { font-family: "Inter", "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10pt;
       line-height: 1.4; color: #1a1a1a; background: #ffffff; }
body { margin: 0 auto; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
h1, h2, h3 { line-height: 1.2; break-after: avoid; color: #0b3a5c; }
h1 { font-size: 24pt; margin: 0 0 6mm; }
h2 { font-size: 16pt; margin: 0 0 4mm; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; }
p, li { orphans: 3; widows: 3; }
a { color: #0b3a5c; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 5mm; font-size: 8.5pt; }
caption { caption-side: top; text-align: left; font-weight: 600; font-size: 9pt; padding: 0 0 1.5mm; color: #1a1a1a; }
thead { display: table-header-group; }
tfoot { display: table-row-group; }
tr { break-inside: avoid; }
th, td { border-bottom: 0.5pt solid #b0b0b0; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
thead th { background: #e4ecf2; border-bottom: 1pt solid #0b3a5c; }
tfoot th, tfoot td { border-top: 1pt solid #0b3a5c; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 2mm 0; break-inside: avoid; }
figcaption { font-size: 8.5pt; color: #444444; margin-top: 1mm; }
blockquote { margin: 2mm 0 2mm 4mm; font-style: italic; }
.inferred { color: #7a4800; font-style: italic; }
.source-says { margin: 1mm 0 0 0; color: #444444; font-size: 8pt; }
svg text { font-family: inherit; fill: #1a1a1a; }
.chart { width: 100%; height: auto; font-size: 12px; }
.dimension { break-inside: avoid; }
.title-page { min-height: 240mm; display: flex; flex-direction: column; }
.title-page .org { font-size: 12pt; font-weight: 600; color: #0b3a5c; margin: 30mm 0 4mm; letter-spacing: 0.05em; }
.title-page .subtitle { font-size: 14pt; margin: 0 0 12mm; }
.title-page dl { display: grid; grid-template-columns: 38mm 1fr; gap: 2mm 4mm; margin: 0 0 12mm; }
.title-page dt { font-weight: 600; }
.title-page dd { margin: 0; }
.title-page nav h2 { font-size: 12pt; }
.title-page nav ol { padding-left: 6mm; }
.notice { border-left: 3pt solid #E69F00; padding: 1mm 0 1mm 3mm; }
.register table { font-size: 8pt; }
.register .description { display: block; color: #444444; font-size: 7.5pt; margin-top: 0.5mm; }
.register table { table-layout: fixed; }
.register col.number { width: 3.5%; }
.register col.name { width: 21%; }
.register col.scale { width: 9%; }
.register col.partners { width: 17%; }
.register col.legal-form { width: 16.5%; }
.register col.motives { width: 11%; }
.register col.decided-by { width: 13%; }
.register col.layer { width: 9%; }
.register td { overflow-wrap: break-word; }
.tally thead th:nth-child(2), .crosstab thead th + th { text-align: right; }
.municipalities { break-before: page; }
.map { width: 100%; height: auto; max-height: 175mm; display: block; }
.map-label { font-size: 11px; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
.map-label.hof { font-size: 12.5px; font-weight: 700; }
.legend { list-style: none; padding: 0; margin: 2mm 0 5mm; columns: 2; font-size: 9pt; }
.legend li { margin: 0 0 1mm; break-inside: avoid; }
.swatch { width: 20px; height: 14px; vertical-align: -3px; margin-right: 2mm; }
.statements li { margin-bottom: 1.2mm; }
table.vp th[scope="row"] { width: 38%; text-align: left; vertical-align: top; }
table.vp caption, table.vp-moments caption { text-align: left; font-weight: 700; }
.council-page { break-before: page; }
@media screen {
  body { max-width: 200mm; padding: 8mm; }
  .chapter { border-top: 1px solid #b0b0b0; margin-top: 10mm; padding-top: 6mm; }
  .title-page { min-height: 0; }
  .title-page .org { margin-top: 0; }
}
@media print {
  .chapter { break-before: page; }
  .register { page: register; }
}
)CSS";

} // namespace

std::string report_css(const std::string& footer) {
    const std::string margin_text = "font-family: \"Inter\", \"Segoe UI\", \"DejaVu Sans\", Arial, sans-serif; font-size: 8pt; color: #444444;";
    const std::string page_number = page_number_content(tr("report.page_of", Lang::nl));
    return "@page { size: A4; margin: 16mm 16mm 18mm 16mm;\n"
           "  @bottom-left { content: " + css_string(footer) + "; " + margin_text + " }\n"
           "  @bottom-right { content: " + page_number + "; " + margin_text + " } }\n"
           "@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }\n"
           "@page register { size: A4 landscape; }\n" +
           kStyle;
}

} // namespace swm::report
