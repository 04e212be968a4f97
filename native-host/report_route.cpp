#include "native-host/report_route.h"

#include "native-host/geo_store.h"
#include "native-host/report.h"
#include "native-host/report_html.h"

#include "core/i18n.h"

#include <memory>

namespace swm {
namespace {

// A short page in the report's language for a bad ?since.
std::string error_page(const std::string& message) {
    return "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" +
           report::escape(tr("report.title.heading", Lang::nl)) + "</title></head><body><main><h1>" +
           report::escape(tr("report.title.heading", Lang::nl)) + "</h1><p>" + report::escape(message) +
           "</p></main></body></html>\n";
}

std::optional<int64_t> since_of(const httplib::Request& req, bool& valid) {
    valid = true;
    if (!req.has_param("since")) return std::nullopt;
    const std::string v = req.get_param_value("since");
    valid = !v.empty() && v.size() <= 18 && v.find_first_not_of("0123456789") == std::string::npos;
    return valid ? std::optional<int64_t>(std::stoll(v)) : std::nullopt;
}

} // namespace

void install_report_route(httplib::Server& svr, ApiContext& ctx) {
    // Its own connection for the map, as the map's routes have (geo_api.cpp).
    auto geo = std::make_shared<GeoStore>(ctx.db_path);
    svr.Get("/report", [geo, &ctx](const httplib::Request& req, httplib::Response& res) {
        bool valid = true;
        const auto since = since_of(req, valid);
        const char* html = "text/html; charset=utf-8";
        if (!valid) {
            res.status = 400;
            return res.set_content(error_page(tr("report.bad_since", Lang::nl)), html);
        }
        std::string error;
        auto input = gather_report_input(ctx.store, *geo, since, error);
        if (!input) {
            res.status = 404;
            return res.set_content(error_page(error), html);
        }
        add_council_moments(*input, ctx.db_path);
        res.set_content(render_report(*input), html);
    });
}

} // namespace swm
