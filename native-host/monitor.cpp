#include "native-host/monitor.h"

#include "native-host/api.h"
#include "native-host/clock.h"
#include "native-host/data_folder.h"
#include "native-host/calendar_store.h"
#include "native-host/geo_store.h"
#include "native-host/offline_snapshot.h"
#include "native-host/http_server.h"
#include "native-host/instance_lock.h"
#include "native-host/platform.h"
#include "native-host/ui_page.h"

#include "core/i18n.h"
#include "core/text.h"
#include "core/view_link.h"

#include <cstdio>

namespace swm {

int serve(const Options& options) {
    DataFolder folder;
    std::string error;
    if (!folder.open(options.data_dir, error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    // --present opens the first deck (core/view_link.h).
    const std::string fragment = options.present ? "#" + present_link(0, 1) : "";
    // A second start on the same folder goes to the monitor already serving it.
    const std::string running = running_monitor_url(folder.dir);
    if (!running.empty()) {
        std::printf("%s\n", fill(tr("host.already_running", Lang::nl), {running + fragment, folder.dir}).c_str());
        if (options.open_browser && platform::has_desktop()) platform::open_browser(running + fragment);
        return 0;
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
    const InstanceLock lock(folder.dir, server.url());
    const UiPage page = make_ui_page();
    server.routes().Get("/", [&page](const httplib::Request& req, httplib::Response& res) { serve_ui_page(page, req, res); });
    ApiContext api{*folder.store, server.settings(), platform::user_name(),
                   [&folder](std::string& err) { return folder.backup(err); }, folder.db_path};
    install_api(server.routes(), api);
    // The offline snapshot as a download, for the UI's button.
    server.routes().Get("/snapshot", [&folder](const httplib::Request&, httplib::Response& res) {
        GeoStore geo(folder.db_path);
        CalendarStore calendar(folder.db_path);
        res.set_header("Content-Disposition",
                       "attachment; filename=\"samenwerkingsmonitor-momentopname-" + utc_stamp().substr(0, 8) + ".html\"");
        res.set_content(make_offline_snapshot(*folder.store, geo, calendar, utc_now()), "text/html; charset=utf-8");
    });
    platform::on_shutdown_request([&server] { server.stop(); });

    const std::string url = server.url() + fragment;
    std::printf("Samenwerkingsmonitor draait op %s\n", url.c_str());
    std::printf("Gegevens: %s\n", folder.db_path.c_str());
    if (options.read_only) std::printf("Alleen-lezen: wijzigingen worden geweigerd.\n");
    std::printf("Stoppen: Ctrl-C\n");
    std::fflush(stdout);
    if (options.open_browser && platform::has_desktop()) platform::open_browser(url);

    const bool ok = server.run();
    folder.db.close();
    std::printf("Samenwerkingsmonitor gestopt.\n");
    return ok ? 0 : 1;
}

} // namespace swm
