// The storage checks in-process: which file systems count as network file
// systems (with injected types, as neither NFS nor SMB can be mounted in a
// test), what a database on one is opened with, and the Dutch answer for
// each kind of storage failure.
#include "monitor_process.h"

#include "native-host/database.h"
#include "native-host/platform.h"
#include "native-host/storage_fault.h"

#include <catch2/catch.hpp>

using swm::test::TempDir;

TEST_CASE("network file systems are recognised by Linux's statfs type and by Windows' drive type") {
    using swm::platform::network_fs_from_statfs_type;
    CHECK(network_fs_from_statfs_type(0x6969) == "NFS");
    CHECK(network_fs_from_statfs_type(0xFF534D42) == "SMB/CIFS");
    CHECK(network_fs_from_statfs_type(int64_t(int32_t(0xFF534D42))) == "SMB/CIFS");  // f_type as a signed word
    CHECK(network_fs_from_statfs_type(0xFE534D42) == "SMB2");
    CHECK(network_fs_from_statfs_type(0x517B) == "SMB");
    CHECK(network_fs_from_statfs_type(0xEF53).empty());      // ext4
    CHECK(network_fs_from_statfs_type(0x01021994).empty());  // tmpfs
    CHECK(network_fs_from_statfs_type(0x5346544E).empty());  // NTFS through ntfs3
    using swm::platform::network_fs_from_windows_volume;
    CHECK(network_fs_from_windows_volume(4, "NTFS") == "netwerkschijf (NTFS)");  // DRIVE_REMOTE: a share or mapped drive
    CHECK(network_fs_from_windows_volume(4, "") == "netwerkschijf");
    CHECK(network_fs_from_windows_volume(3, "NFS") == "NFS");
    CHECK(network_fs_from_windows_volume(3, "NTFS").empty());  // DRIVE_FIXED
    CHECK(network_fs_from_windows_volume(2, "FAT32").empty()); // DRIVE_REMOVABLE: a USB stick is local
    // This machine's temporary folder is local, and writable.
    TempDir dir;
    CHECK(swm::platform::network_file_system(dir.path).empty());
    CHECK(swm::platform::folder_writable(dir.path));
}

namespace {

std::string journal_mode(swm::Db& db) {
    swm::Stmt s = db.prepare("PRAGMA journal_mode");
    return s.step() ? s.text(0) : "";
}

} // namespace

TEST_CASE("on a network file system the database uses a rollback journal instead of WAL, and says so") {
    TempDir dir;
    const std::string path = dir.path + "/monitor.sqlite";
    {
        swm::Db db;
        const auto r = swm::open_database(db, path, swm::StorageFacts{true, "NFS"});
        REQUIRE(r.ok);
        CHECK(journal_mode(db) == "delete");
        CHECK(r.warning.find("netwerkschijf (NFS)") != std::string::npos);
        CHECK(r.warning.find("WAL") != std::string::npos);
    }
    // Back on a local disk, the same file goes back to WAL, without a warning.
    swm::Db db;
    const auto r = swm::open_database(db, path, swm::StorageFacts{true, ""});
    REQUIRE(r.ok);
    CHECK(journal_mode(db) == "wal");
    CHECK(r.warning.empty());
}

TEST_CASE("each storage failure has its own status, code and message in Dutch and English, other failures are not storage faults") {
    const auto full = swm::storage_fault(SQLITE_FULL);
    CHECK(full.status == 507);
    CHECK(full.code == "disk_full");
    CHECK(full.message(swm::Lang::nl).find("vol") != std::string::npos);
    CHECK(full.message(swm::Lang::en).find("full") != std::string::npos);
    const auto ro = swm::storage_fault(SQLITE_READONLY_DBMOVED);  // extended codes count by their primary
    CHECK(ro.status == 503);
    CHECK(ro.code == "read_only_storage");
    const auto io = swm::storage_fault(SQLITE_IOERR_FSYNC);
    CHECK(io.status == 503);
    CHECK(io.code == "io_error");
    CHECK(io.message(swm::Lang::nl).find("lees- of schrijffout") != std::string::npos);
    CHECK(swm::storage_fault(SQLITE_CANTOPEN).code == "io_error");
    CHECK(swm::storage_fault(SQLITE_PERM).code == "read_only_storage");
    CHECK(swm::storage_fault(SQLITE_CORRUPT).code == "corrupt");
    CHECK(swm::storage_fault(SQLITE_BUSY_SNAPSHOT).code == "busy");
    CHECK(swm::storage_fault(SQLITE_CONSTRAINT).status == 0);
    CHECK(swm::storage_fault(SQLITE_MISUSE).status == 0);
}
