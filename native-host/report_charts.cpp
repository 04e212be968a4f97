#include "native-host/report_charts.h"

#include "native-host/report_html.h"

#include <algorithm>

namespace swm::report {
namespace {

// Layout in viewBox units; the chart is drawn at the text column's width
// (about 640 units on A4), so 12 units are about 9 pt.
constexpr int kChartWidth = 640;
constexpr int kLabelRight = 250;  // labels end here, bars start after the gap
constexpr int kBarLeft = 258;
constexpr int kBarMax = 330;
constexpr int kRow = 22;
constexpr int kBar = 15;
constexpr int kTop = 4;

std::string num(int v) { return std::to_string(v); }

} // namespace

std::string scale_colour(std::string_view code) {
    struct Entry { std::string_view code, colour; };
    static constexpr Entry kColours[] = {{"MT", "#E69F00"}, {"Tw", "#0072B2"}, {"Tw+A", "#CC79A7"},
                                         {"Zt", "#009E73"}, {"Wt", "#D55E00"},  {"A", "#56B4E9"}};
    for (const auto& e : kColours)
        if (e.code == code) return std::string(e.colour);
    return "#999999";  // not geographically clustered
}

std::string bar_chart_svg(const std::string& id, const std::string& title, const std::vector<Bar>& bars) {
    int max = 0;
    for (const auto& b : bars) max = std::max(max, b.count);
    const int height = kTop * 2 + kRow * int(bars.size());
    std::string desc;
    for (const auto& b : bars) desc += (desc.empty() ? "" : "; ") + b.label + ": " + num(b.count);

    std::string out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + num(kChartWidth) + " " +
                      num(height) + "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\">";
    out += "<title id=\"" + id + "-title\">" + escape(title) + "</title>";
    out += "<desc id=\"" + id + "-desc\">" + escape(desc) + "</desc>";
    for (size_t i = 0; i < bars.size(); ++i) {
        const Bar& b = bars[i];
        const int top = kTop + kRow * int(i);
        const int baseline = top + kRow / 2 + 4;
        const int width = max > 0 ? (b.count * kBarMax + max / 2) / max : 0;
        out += "<text x=\"" + num(kLabelRight) + "\" y=\"" + num(baseline) + "\" text-anchor=\"end\">" + escape(b.label) +
               "</text>";
        if (width > 0)
            out += "<rect x=\"" + num(kBarLeft) + "\" y=\"" + num(top + (kRow - kBar) / 2) + "\" width=\"" + num(width) +
                   "\" height=\"" + num(kBar) + "\" fill=\"" + b.colour + "\"/>";
        out += "<text x=\"" + num(kBarLeft + width + 6) + "\" y=\"" + num(baseline) + "\">" + num(b.count) + "</text>";
    }
    out += "<line x1=\"" + num(kBarLeft) + "\" y1=\"0\" x2=\"" + num(kBarLeft) + "\" y2=\"" + num(height) +
           "\" stroke=\"#444\" stroke-width=\"1\"/>";
    return out + "</svg>";
}

} // namespace swm::report
