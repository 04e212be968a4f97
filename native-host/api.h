// The JSON REST API under /api/: small handlers over Store and core.
#pragma once
#include "native-host/http_server.h"
#include "native-host/store.h"

#include <functional>
#include <string>

namespace swm {

struct ApiContext {
    Store& store;
    const ServerSettings& settings;
    std::string default_actor;  // the OS user; a name set in the UI overrides it
    // Copies the database file aside before an import is applied; returns the
    // backup's path, or empty with `error` set.
    std::function<std::string(std::string& error)> backup;
    // The database file: the map geometry (geo_api.h) opens its own
    // connection, so its writes never interleave with Store's transactions.
    std::string db_path;
};

void install_api(httplib::Server& server, ApiContext& ctx);

// The person making a change: the name set in the UI (X-SWM-User) or the OS user.
std::string actor(const httplib::Request& req, const ApiContext& ctx);

} // namespace swm
