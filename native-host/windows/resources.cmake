# Windows resources of the executable: version information (product name,
# version, git commit) and the icon the project draws itself (make_icon.py),
# so that Explorer shows what the file is.
find_package(Python3 REQUIRED COMPONENTS Interpreter)

# swm_windows_resources(<target>): compiles samenwerkingsmonitor.rc into
# <target>, with the icon and version header generated in the build tree.
function(swm_windows_resources target)
  set(dir "${CMAKE_CURRENT_BINARY_DIR}/windows")
  set(src "${CMAKE_SOURCE_DIR}/native-host/windows")
  add_custom_command(
    OUTPUT "${dir}/samenwerkingsmonitor.ico"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${dir}"
    COMMAND Python3::Interpreter "${src}/make_icon.py" "${dir}/samenwerkingsmonitor.ico"
    DEPENDS "${src}/make_icon.py"
    COMMENT "Drawing the icon"
    VERBATIM)
  # Version and commit as build_info.cpp has them (one source of truth),
  # refreshed with it at every build.
  add_custom_target(${target}_version_info
    COMMAND ${CMAKE_COMMAND} -DIN=${CMAKE_CURRENT_BINARY_DIR}/build_info.cpp -DOUT=${dir}/version_info.h
            -P "${src}/version_info.cmake"
    BYPRODUCTS "${dir}/version_info.h"
    DEPENDS "${dir}/samenwerkingsmonitor.ico"
    VERBATIM)
  add_dependencies(${target}_version_info swm_build_info)
  add_dependencies(${target} ${target}_version_info)
  set_source_files_properties("${src}/samenwerkingsmonitor.rc" PROPERTIES
    OBJECT_DEPENDS "${dir}/version_info.h;${dir}/samenwerkingsmonitor.ico")
  target_sources(${target} PRIVATE "${src}/samenwerkingsmonitor.rc")
  target_include_directories(${target} PRIVATE "${dir}")
endfunction()
