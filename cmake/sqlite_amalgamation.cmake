# SQLite for the Windows build, compiled from the amalgamation that
# scripts/fetch-sqlite-source.sh makes from Debian's sqlite3 source package
# (Debian has no MinGW SQLite). Linux links Debian's libsqlite3.a instead.
set(SWM_SQLITE_DIR "${SWM_DEPS_DIR}/sqlite3")
if(NOT EXISTS "${SWM_SQLITE_DIR}/sqlite3.c")
  message(FATAL_ERROR "SQLite amalgamation missing in ${SWM_SQLITE_DIR}: run scripts/fetch-sqlite-source.sh (make windows does it)")
endif()
add_library(swm_sqlite STATIC "${SWM_SQLITE_DIR}/sqlite3.c")
target_include_directories(swm_sqlite SYSTEM PUBLIC "${SWM_SQLITE_DIR}")
# Serialized threading as in Debian's build (the HTTP server has worker
# threads); no loadable extensions, the monitor loads none. -O2 as Debian
# builds it: -O3 takes a quarter longer for a larger, not faster, object.
target_compile_definitions(swm_sqlite PRIVATE SQLITE_THREADSAFE=1 SQLITE_OMIT_LOAD_EXTENSION)
target_compile_options(swm_sqlite PRIVATE -w -O2)
