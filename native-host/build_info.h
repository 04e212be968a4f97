// Version, git commit and build date of this executable (cmake/build_info.cmake).
#pragma once
namespace swm {
extern const char* const kVersion;
extern const char* const kGitCommit;
extern const char* const kBuildDate;
} // namespace swm
