#include "native-host/report_map.h"

#include "native-host/report_charts.h"
#include "native-host/report_dates.h"
#include "native-host/report_html.h"

#include "core/geo/label_point.h"
#include "core/geo/projection.h"
#include "core/geo/simplify.h"
#include "core/text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace swm::report {
namespace {

// The drawing in viewBox units: as wide as the text column (~640 units on
// A4), at most this tall so heading, map and legend share a page.
constexpr double kMapWidth = 640;
constexpr double kMaxHeight = 600;
constexpr double kPadding = 8;


std::string coord(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

// A municipality of the register as the map draws it.
struct MapArea {
    const geo::Municipality* shape = nullptr;
    const Organisation* organisation = nullptr;  // null: not in the register (context)
};

std::string region_colour(const Organisation& o) {
    const auto region = colour_region(o);
    return scale_colour(region ? to_code(*region) : kNoScaleCode);
}

std::string region_name(const Organisation& o) {
    const auto region = colour_region(o);
    return region ? label(*region, Lang::nl) : nl("report.map.no_region");
}

// The shape in viewBox units as one SVG path (holes by the even-odd rule),
// simplified to what half a unit can show.
std::string svg_path(const geo::MultiPolygon& lonlat, const geo::LocalProjection& projection,
                     const geo::ScreenTransform& screen) {
    geo::MultiPolygon km = lonlat;
    geo::transform(km, [&](geo::Point p) { return projection.forward(p); });
    km = geo::simplify(km, {0.5 / screen.scale, true});
    std::string d;
    auto ring = [&](const geo::Ring& r) {
        for (size_t i = 0; i < r.size(); ++i) {
            const geo::Point p = screen.to_screen(r[i]);
            d += (i == 0 ? "M" : "L") + coord(p.x) + " " + coord(p.y);
        }
        d += "Z";
    };
    for (const auto& part : km.parts) {
        ring(part.outer);
        for (const auto& hole : part.holes) ring(hole);
    }
    return d;
}

geo::Point label_position(const geo::MultiPolygon& lonlat, const geo::LocalProjection& projection,
                          const geo::ScreenTransform& screen) {
    geo::MultiPolygon km = lonlat;
    geo::transform(km, [&](geo::Point p) { return projection.forward(p); });
    return screen.to_screen(geo::label_point(km));
}

struct MapLabel {
    std::string text;
    geo::Point at;  // centre of the text
    double half_width = 0;
    bool hof = false;
};

constexpr double kLabelHeight = 12;

bool overlaps(const MapLabel& a, const MapLabel& b) {
    return std::abs(a.at.x - b.at.x) < a.half_width + b.half_width && std::abs(a.at.y - b.at.y) < kLabelHeight;
}

// Names at their areas' label points; Hof van Twente first, then the larger
// areas, each moved up or down a little when it would cover a name already
// placed (small neighbours such as Montferland and Oude IJsselstreek).
std::vector<MapLabel> place_labels(const std::vector<MapArea>& areas, const Organisation* hof,
                                   const geo::LocalProjection& projection, const geo::ScreenTransform& screen) {
    std::vector<const MapArea*> order;
    for (const auto& a : areas)
        if (a.organisation) order.push_back(&a);
    std::stable_sort(order.begin(), order.end(), [&](const MapArea* a, const MapArea* b) {
        if ((a->organisation == hof) != (b->organisation == hof)) return a->organisation == hof;
        return geo::area(a->shape->area) > geo::area(b->shape->area);
    });
    std::vector<MapLabel> placed;
    for (const MapArea* a : order) {
        const bool is_hof = a->organisation == hof;
        // About 0.6 em per character of the report's sans-serif at 11-12.5 units.
        const double half_width = 0.3 * (is_hof ? 12.5 : 11) * double(utf8_length(a->organisation->name));
        const geo::Point at = label_position(a->shape->area, projection, screen);
        MapLabel label{a->organisation->name, at, half_width, is_hof};
        for (const double dy : {0.0, -10.0, 10.0, -18.0, 18.0}) {
            label.at = {at.x, at.y + dy};
            if (std::none_of(placed.begin(), placed.end(), [&](const MapLabel& p) { return overlaps(label, p); })) break;
            label.at = at;
        }
        placed.push_back(label);
    }
    return placed;
}

std::vector<MapArea> areas_to_draw(const Dataset& dataset, const geo::MunicipalityMap& map, geo::BBox& focus) {
    std::vector<MapArea> areas;
    for (const auto& m : map.municipalities) {
        const Organisation* o = dataset.organisation(m.statcode);
        if (o && o->kind != OrganisationKind::gemeente) o = nullptr;
        if (o) focus.extend(geo::bbox(m.area));
        areas.push_back({&m, o});
    }
    if (focus.empty()) focus = map.bbox();
    // Neighbours outside the register stay as grey context around it; the
    // rest of an imported country map is left out.
    const geo::BBox context = focus.expanded(0.05 * std::max(focus.width(), focus.height()));
    std::vector<MapArea> shown;
    for (const auto& a : areas)
        if (a.organisation || geo::bbox(a.shape->area).intersects(context)) shown.push_back(a);
    return shown;
}

std::string map_svg(const std::vector<MapArea>& areas, const geo::BBox& focus) {
    const auto projection = geo::LocalProjection::centred_on(focus);
    const geo::BBox world = projection.forward_box(focus);
    const double aspect = world.width() > 0 ? world.height() / world.width() : 1.0;
    const double height = std::min(kMaxHeight, std::round(kMapWidth * aspect));
    const auto screen = geo::ScreenTransform::fit(world, kMapWidth, height, kPadding);

    std::string out = "<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + coord(kMapWidth) + " " +
                      coord(height) + "\" role=\"img\" aria-labelledby=\"map-title map-desc\">";
    out += "<title id=\"map-title\">" + escape(nl("report.map.svg_title")) + "</title>";
    out += "<desc id=\"map-desc\">" + escape(nl("report.map.svg_desc")) + "</desc>";
    const Organisation* hof = nullptr;
    const geo::Municipality* hof_shape = nullptr;
    for (const auto& a : areas) {
        const std::string fill = a.organisation ? region_colour(*a.organisation) : "#E8E8E8";
        out += "<path d=\"" + svg_path(a.shape->area, projection, screen) + "\" fill=\"" + fill +
               "\" fill-rule=\"evenodd\" stroke=\"#FFFFFF\" stroke-width=\"1\"/>";
        if (a.organisation && a.organisation->id == kHofVanTwenteId) {
            hof = a.organisation;
            hof_shape = a.shape;
        }
    }
    if (hof_shape)
        out += "<path d=\"" + svg_path(hof_shape->area, projection, screen) +
               "\" fill=\"none\" stroke=\"#000000\" stroke-width=\"3.5\" stroke-linejoin=\"round\"/>";
    for (const auto& label : place_labels(areas, hof, projection, screen)) {
        out += "<text class=\"map-label" + std::string(label.hof ? " hof" : "") + "\" x=\"" + coord(label.at.x) + "\" y=\"" +
               coord(label.at.y + 4) + "\" text-anchor=\"middle\">" + escape(label.text) + "</text>";
    }
    return out + "</svg>";
}

std::string swatch(const std::string& fill, bool outlined = false) {
    return "<svg class=\"swatch\" aria-hidden=\"true\" viewBox=\"0 0 20 14\"><rect x=\"1.5\" y=\"1.5\" width=\"17\" "
           "height=\"11\" fill=\"" +
           fill + "\" stroke=\"" + (outlined ? "#000000\" stroke-width=\"3\"" : "#FFFFFF\"") + "/></svg>";
}

void render_legend(const Dataset& dataset, bool has_context, std::string& out) {
    out += "<ul class=\"legend\">";
    auto item = [&](const std::string& fill, const std::string& text, bool outlined = false) {
        out += "<li>" + swatch(fill, outlined) + escape(text) + "</li>";
    };
    auto region_item = [&](const std::string& colour, const std::string& name, int count) {
        item(colour, count == 1 ? fill(nl("report.map.legend_region_one"), {name})
                                : fill(nl("report.map.legend_region"), {name, std::to_string(count)}));
    };
    for (const Scale region : {Scale::midden_twente, Scale::zuid_twente, Scale::west_twente, Scale::achterhoek, Scale::twente}) {
        int count = 0;
        for (const auto& o : dataset.organisations)
            if (o.kind == OrganisationKind::gemeente && colour_region(o) == region) ++count;
        if (count > 0) region_item(scale_colour(to_code(region)), label(region, Lang::nl), count);
    }
    int none = 0;
    for (const auto& o : dataset.organisations)
        if (o.kind == OrganisationKind::gemeente && !colour_region(o)) ++none;
    if (none > 0) region_item(scale_colour(kNoScaleCode), nl("report.map.no_region"), none);
    if (has_context) item("#E8E8E8", nl("map.legend_context"));
    item("#FFFFFF", nl("report.map.legend_hof"), true);
    out += "</ul>";
}

std::string region_list(const Organisation& o) {
    std::vector<std::string> names;
    for (const Scale s : o.regions) names.push_back(label(s, Lang::nl));
    return names.empty() ? "—" : join_escaped(names);
}

void render_table(const Dataset& dataset, const Analysis& analysis, std::string& out) {
    out += "<table class=\"municipalities\"><caption>" + escape(nl("report.map.table_caption")) + "</caption>";
    out += table_head({nl("report.map.col_municipality"), nl("report.map.col_colour"), nl("report.map.col_regions"),
                       nl("report.map.col_shared"), nl("ui.analysis.numbers_column")}) +
           "<tbody>";
    auto row = [&](const Organisation& o, const std::string& shared, const std::string& numbers) {
        out += "<tr><th scope=\"row\">" + escape(o.name) + "</th><td>" + escape(region_name(o)) + "</td><td>" +
               region_list(o) + "</td><td class=\"num\">" + shared + "</td><td>" + numbers + "</td></tr>";
    };
    if (const Organisation* hof = dataset.organisation(kHofVanTwenteId))
        row(*hof, escape(fill(nl("report.map.hof_shared"), {std::to_string(analysis.total)})), "—");
    for (const auto& share : analysis.shared_with_hof_van_twente) {
        const Organisation* o = dataset.organisation(share.organisation_id);
        if (o && o->kind == OrganisationKind::gemeente) row(*o, std::to_string(share.count), number_list(share.numbers));
    }
    out += "</tbody></table>";
}

} // namespace

std::optional<Scale> colour_region(const Organisation& municipality) {
    for (const Scale s : {Scale::midden_twente, Scale::zuid_twente, Scale::west_twente, Scale::achterhoek, Scale::twente})
        if (municipality.in_region(s)) return s;
    return std::nullopt;
}

std::string map_source_text(const ReportInput& input) {
    const std::string source = geo::describe_map_source(input.map_provenance, Lang::nl,
                                                        format_timestamp_day(input.map_provenance.imported_at));
    if (!input.map.schematic) return source;
    return nl("map.schematic_badge") + ". " + nl("map.schematic_notice") + " " + source;
}

void render_map_chapter(const ReportInput& input, const Analysis& analysis, std::string& out) {
    const Dataset& dataset = input.current->dataset;
    out += std::string(input.map.schematic ? "<p class=\"notice\">" : "<p>") + escape(map_source_text(input)) + "</p>";
    geo::BBox focus;
    const std::vector<MapArea> areas = areas_to_draw(dataset, input.map, focus);
    out += "<figure class=\"map-figure\">" + map_svg(areas, focus);
    out += "<figcaption>" + escape(nl("report.map.caption")) + " <span class=\"map-credit\">" +
           escape(geo::map_credit(input.map_provenance, Lang::nl)) + "</span></figcaption></figure>";
    bool has_context = false;
    for (const auto& a : areas) has_context = has_context || !a.organisation;
    render_legend(dataset, has_context, out);
    render_table(dataset, analysis, out);
}

} // namespace swm::report
