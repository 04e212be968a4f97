#include "native-host/storage_fault.h"

#include <sqlite3.h>

namespace swm {

StorageFault storage_fault(int sqlite_code) {
    switch (sqlite_code & 0xff) {
    case SQLITE_FULL:
        return {507, "disk_full",
                "De schijf met de gegevensmap is vol: de wijziging is niet opgeslagen. Eerder opgeslagen gegevens zijn "
                "intact. Maak ruimte vrij en sla opnieuw op."};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {503, "read_only_storage",
                "De gegevensmap is alleen-lezen (bijvoorbeeld een schijf of netwerkmap zonder schrijfrechten): de "
                "wijziging is niet opgeslagen. Bekijken kan wel."};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:  // e.g. the folder was removed or unplugged while running
        return {503, "io_error",
                "De schijf met de gegevensmap gaf een lees- of schrijffout: de wijziging is niet opgeslagen. Controleer "
                "de schijf en sla opnieuw op."};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {503, "corrupt",
                "De database is beschadigd: de wijziging is niet opgeslagen. Stop de monitor en zet een back-up terug "
                "(map backups in de gegevensmap)."};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {503, "busy", "De database is bezet door een ander programma: de wijziging is niet opgeslagen. Probeer het zo opnieuw."};
    default: return {};
    }
}

} // namespace swm
