// The platform-neutral half of the storage checks in platform.h: which file
// systems are network file systems. Pure, so it builds (and is tested) on
// every platform; platform_posix.cpp and platform_windows.cpp ask the system.
#include "native-host/platform.h"

namespace swm::platform {

std::string network_fs_from_statfs_type(int64_t f_type) {
    // Values from Linux's <linux/magic.h> and the file systems' sources;
    // f_type is a signed word, so compare its low 32 bits.
    switch (uint32_t(f_type)) {
    case 0x6969u: return "NFS";
    case 0x517Bu: return "SMB";
    case 0xFF534D42u: return "SMB/CIFS";
    case 0xFE534D42u: return "SMB2";
    case 0x5346414Fu: return "AFS";
    case 0x73757245u: return "Coda";
    case 0x564Cu: return "NCP";
    case 0x00C36400u: return "Ceph";
    case 0x01021997u: return "9P";  // e.g. WSL2's /mnt/c, a VM's shared folder
    default: return {};
    }
}

std::string network_fs_from_windows_volume(unsigned drive_type, const std::string& fs_name) {
    constexpr unsigned kDriveRemote = 4;  // DRIVE_REMOTE in <winbase.h>
    if (fs_name == "NFS") return "NFS";
    if (drive_type != kDriveRemote) return {};
    return fs_name.empty() ? "netwerkschijf" : "netwerkschijf (" + fs_name + ")";
}

} // namespace swm::platform
