#include "native-host/monitor.h"

#include "native-host/build_info.h"
#include "native-host/database.h"
#include "native-host/http_json.h"
#include "native-host/http_server.h"
#include "native-host/platform.h"
#include "native-host/ui_page.h"

#include <cstdio>
#include <mutex>

namespace swm {
namespace {

void install_ui(httplib::Server& svr, const UiPage& page) {
    svr.Get("/", [&page](const httplib::Request& req, httplib::Response& res) { serve_ui_page(page, req, res); });
}

void install_api(httplib::Server& svr, const ServerSettings& settings) {
    svr.Get("/api/version", [&settings](const httplib::Request&, httplib::Response& res) {
        send_json(res, 200,
                  {{"name", "Samenwerkingsmonitor"}, {"version", kVersion}, {"commit", kGitCommit},
                   {"build_date", kBuildDate}, {"read_only", settings.read_only}});
    });
    svr.Get("/api/partnerships", [](const httplib::Request&, httplib::Response& res) {
        send_json(res, 200, {{"partnerships", nlohmann::json::array()}});
    });
    // Anything else under /api/ is a JSON 404, for every method.
    auto unknown = [](const httplib::Request& req, httplib::Response& res) {
        send_error(res, 404, "not_found", "Onbekend adres: " + req.method + " " + req.path);
    };
    svr.Get("/api/.*", unknown);
    svr.Post("/api/.*", unknown);
    svr.Put("/api/.*", unknown);
    svr.Delete("/api/.*", unknown);
    svr.Patch("/api/.*", unknown);
}

} // namespace

int serve(const Options& options) {
    const std::string data_dir = options.data_dir.empty() ? platform::default_data_dir() : options.data_dir;
    std::string error;
    if (!platform::make_dirs(data_dir, error)) {
        std::fprintf(stderr, "Kan de gegevensmap niet maken: %s\n", error.c_str());
        return 1;
    }
    const std::string db_path = platform::join_path(data_dir, "monitor.sqlite");
    Db db;
    const OpenResult opened = open_database(db, db_path);
    if (!opened.ok) {
        std::fprintf(stderr, "%s\n", opened.error.c_str());
        return 1;
    }

    ServerSettings settings;
    settings.bind = options.bind;
    settings.port = options.port;
    settings.read_only = options.read_only;
    settings.token = make_token();
    HttpServer server(settings);
    if (!server.bind(error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 2;
    }
    const UiPage page = make_ui_page(settings.token);
    install_ui(server.routes(), page);
    install_api(server.routes(), server.settings());
    platform::on_shutdown_request([&server] { server.stop(); });

    std::printf("Samenwerkingsmonitor draait op %s\n", server.url().c_str());
    std::printf("Gegevens: %s\n", db_path.c_str());
    std::printf("Stoppen: Ctrl-C\n");
    std::fflush(stdout);
    if (options.open_browser && platform::has_desktop()) platform::open_browser(server.url());

    const bool ok = server.run();
    db.close();
    std::printf("Samenwerkingsmonitor gestopt.\n");
    return ok ? 0 : 1;
}

} // namespace swm
