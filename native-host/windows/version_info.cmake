# Writes version_info.h for samenwerkingsmonitor.rc from the generated
# build_info.cpp (IN), so the resource and --version always agree. Rewritten
# only when the content changes.
file(READ "${IN}" info)
string(REGEX MATCH "kVersion = \"([0-9]+)\\.([0-9]+)\\.([0-9]+)\"" _ "${info}")
set(major "${CMAKE_MATCH_1}")
set(minor "${CMAKE_MATCH_2}")
set(patch "${CMAKE_MATCH_3}")
string(REGEX MATCH "kGitCommit = \"([^\"]*)\"" _ "${info}")
set(commit "${CMAKE_MATCH_1}")
if(major STREQUAL "" OR commit STREQUAL "")
  message(FATAL_ERROR "no version or commit in ${IN}")
endif()
set(content "// Generated from build_info.cpp; do not edit.
#define SWM_VERSION_NUMBERS ${major},${minor},${patch},0
#define SWM_VERSION_TEXT \"${major}.${minor}.${patch}\"
#define SWM_PRODUCT_VERSION_TEXT \"${major}.${minor}.${patch} (commit ${commit})\"
#define SWM_GIT_COMMIT_TEXT \"git commit ${commit}\"
")
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
endif()
if(NOT "${old}" STREQUAL "${content}")
  file(WRITE "${OUT}" "${content}")
endif()
