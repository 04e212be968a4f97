// Version, git commit and build date of this executable (cmake/build_info.cmake).
#pragma once
#include "core/version_info.h"

namespace swm {
extern const char* const kVersion;
extern const char* const kGitCommit;
extern const char* const kBuildDate;

// This build as GET /api/version tells it (writable until the caller says not).
inline VersionInfo this_build() {
    VersionInfo v;
    v.version = kVersion;
    v.commit = kGitCommit;
    v.build_date = kBuildDate;
    return v;
}
} // namespace swm
