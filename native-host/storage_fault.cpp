#include "native-host/storage_fault.h"

#include <sqlite3.h>

namespace swm {

ApiError storage_fault(int sqlite_code) {
    switch (sqlite_code & 0xff) {
    case SQLITE_FULL: return api_error(507, "disk_full", "api.disk_full");
    case SQLITE_READONLY:
    case SQLITE_PERM: return api_error(503, "read_only_storage", "api.read_only_storage");
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:  // e.g. the folder was removed or unplugged while running
        return api_error(503, "io_error", "api.io_error");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return api_error(503, "corrupt", "api.corrupt");
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return api_error(503, "busy", "api.busy");
    default: return api_error(0, "", "");
    }
}

} // namespace swm
