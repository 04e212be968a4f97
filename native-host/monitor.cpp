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
#include "native-host/session.h"
#include "native-host/stop_request.h"
#include "native-host/storage_fault.h"
#include "native-host/ui_page.h"

#include "core/i18n.h"
#include "core/text.h"
#include "core/view_link.h"

#include <cctype>
#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>

namespace swm {
namespace {

// A server bound to the chosen port. The default port may be taken, e.g. by
// another OS user's monitor on a shared terminal server: then any free port,
// since the printed link names it anyway. A port given with --port is kept
// to, or refused.
std::unique_ptr<HttpServer> bind_server(const Options& options, std::string& error) {
    ServerSettings settings;
    settings.bind = options.bind;
    settings.port = options.port;
    settings.read_only = options.read_only;
    settings.host_name = options.host_name;
    auto server = std::make_unique<HttpServer>(settings);
    if (server->bind(error)) return server;
    if (options.port_given || options.port == 0) return nullptr;
    settings.port = 0;
    server = std::make_unique<HttpServer>(settings);
    return server->bind(error) ? std::move(server) : nullptr;
}

// Beyond loopback anyone on that network reads the register: said loudly,
// with the address they use.
void warn_beyond_loopback(const Options& options, int port) {
    if (is_loopback_bind(options.bind)) return;
    const std::string name = !options.host_name.empty() ? options.host_name
                             : (options.bind == "0.0.0.0" || options.bind == "::") ? "<adres van deze computer>"
                                                                                     : options.bind;
    const std::string warning =
        "LET OP: de monitor luistert op " + options.bind + ": iedereen op dat netwerk kan het register lezen (http://" + name +
        ":" + std::to_string(port) + "/). Wijzigen kan alleen op deze computer, via de link hieronder.";
    std::printf("%s\n", warning.c_str());
    std::fprintf(stderr, "%s\n", warning.c_str());
}

// A file:// URL for a local path, percent-encoded.
std::string file_url(std::string path) {
    for (char& c : path)
        if (c == '\\') c = '/';
    if (path.empty() || path[0] != '/') path = "/" + path;  // C:/... on Windows
    static const char* hex = "0123456789ABCDEF";
    std::string out = "file://";
    for (unsigned char c : path) {
        if (std::isalnum(c) || std::strchr("/-._~:", c)) out += char(c);
        else out += std::string("%") + hex[c >> 4] + hex[c & 15];
    }
    return out;
}

// Opens the browser at a login link without putting its secret on a command
// line, which every user of the machine can read (/proc/PID/cmdline): the
// browser opens a page in the data folder that only this user may read,
// which goes on to the link (as Jupyter does it). Without that page the
// browser gets the address without the secret; the console shows the link.
void open_login_link(const std::string& data_dir, const std::string& link) {
    if (!platform::has_desktop()) return;
    const std::string page = platform::join_path(data_dir, "open-monitor.html");
    std::string href;
    for (char c : link) href += c == '&' ? std::string("&amp;") : std::string(1, c);  // the rest is hex, digits and '=' (session.h)
    const std::string html = "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"referrer\" content=\"no-referrer\">"
                             "<meta http-equiv=\"refresh\" content=\"0;url=" + href + "\"><title>Samenwerkingsmonitor</title></head>"
                             "<body><a href=\"" + href + "\">Samenwerkingsmonitor openen</a></body></html>\n";
    std::string error;
    if (platform::write_private_file(page, html, error)) platform::open_browser(file_url(page));
    else platform::open_browser(link.substr(0, link.find('#')));
}

// Fills a new folder with the 2014 register, then lets the requests that
// waited in. If it cannot, they get the fault and the monitor stops: the
// database is left empty and seeds again at the next start.
bool seed_folder(DataFolder& folder, HttpServer& server) {
    ApiError fault = api_error(500, "internal", "api.internal");
    try {
        folder.seed_if_new();
        server.startup_gate().open();
        return true;
    } catch (const DbError& e) {
        std::fprintf(stderr, "Kan het register van 2014 niet in de nieuwe gegevensmap zetten: %s\n", e.what());
        if (storage_fault(e.code).status) fault = storage_fault(e.code);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "Kan het register van 2014 niet in de nieuwe gegevensmap zetten: %s\n", e.what());
    }
    server.startup_gate().fail(fault);
    server.stop();
    return false;
}

} // namespace

int serve(const Options& options) {
    platform::tune_allocator();
    DataFolder folder;
    std::string error;
    if (!folder.open_unseeded(options.data_dir, error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    // --present opens the first deck (core/view_link.h).
    const std::string fragment = options.present ? present_link(0, 1) : "";
    // A second start on the same folder goes to the monitor already serving
    // it, with a fresh login link: a second browser signs in with it.
    const RunningMonitor running = find_running_monitor(folder.dir);
    if (running.found == RunningMonitor::Found::ours) {
        const std::string link = login_url(running.url, running.secret, fragment);
        std::printf("%s\n", fill(tr("host.already_running", Lang::nl), {link, folder.dir}).c_str());
        if (options.open_browser) open_login_link(folder.dir, link);
        return 0;
    }
    if (running.found == RunningMonitor::Found::other_user) {
        std::fprintf(stderr, "De gegevensmap %s is in gebruik door de monitor van een andere gebruiker. Kies een eigen map met --data-dir.\n",
                     folder.dir.c_str());
        return 2;
    }

    const auto server = bind_server(options, error);
    if (!server) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 2;
    }
    const InstanceLock lock(folder.dir, server->url(), server->session().launch_key());
    const UiPage page = make_ui_page();
    server->routes().Get("/", [&page](const httplib::Request& req, httplib::Response& res) { serve_ui_file(page.html, req, res); });
    server->routes().Get("/ui.wasm", [&page](const httplib::Request& req, httplib::Response& res) { serve_ui_file(page.wasm, req, res); });
    install_session_routes(server->routes(), server->session(), server->settings());
    ApiContext api{*folder.store, server->settings(), platform::user_name(),
                   [&folder](std::string& err) { return folder.backup(err); }, folder.db_path};
    install_api(server->routes(), api);
    // The offline snapshot as a download, for the UI's button.
    server->routes().Get("/snapshot", [&folder](const httplib::Request&, httplib::Response& res) {
        GeoStore geo(folder.db_path);
        CalendarStore calendar(folder.db_path);
        res.set_header("Content-Disposition",
                       "attachment; filename=\"samenwerkingsmonitor-momentopname-" + utc_stamp().substr(0, 8) + ".html\"");
        res.set_content(make_offline_snapshot(*folder.store, geo, calendar, utc_now()), "text/html; charset=utf-8");
    });
    // Declared after the server, so it is disarmed before the server goes.
    const StopRequestHandler stop_request([&server] { server->stop(); });

    // A new folder is seeded after the link is out, while the browser fetches
    // the page and the wasm: a first start shows the register sooner.
    const bool seed = folder.needs_seed();
    if (seed) server->startup_gate().hold();

    warn_beyond_loopback(options, server->port());
    const std::string link = login_url(server->url(), server->session().new_login_secret(), fragment);
    std::printf("Samenwerkingsmonitor draait op %s\n", link.c_str());
    std::printf("Deze link meldt één browser aan en werkt maar één keer; start de monitor opnieuw voor een nieuwe link.\n");
    std::printf("Gegevens: %s\n", folder.db_path.c_str());
    if (options.read_only) std::printf("Alleen-lezen: wijzigingen worden geweigerd.\n");
    std::printf("Stoppen: Ctrl-C\n");
    std::fflush(stdout);
    if (options.open_browser) open_login_link(folder.dir, link);

    bool seeded = true;
    std::thread seeding;
    if (seed) seeding = std::thread([&] { seeded = seed_folder(folder, *server); });
    const bool ok = server->run();
    if (seeding.joinable()) seeding.join();
    folder.db.close();
    std::printf("Samenwerkingsmonitor gestopt.\n");
    return ok && seeded ? 0 : 1;
}

} // namespace swm
