// Catch2's main for the view tests (tests/ui): each test case runs in its
// own process under ctest (catch_discover_tests), so each starts a fresh App.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
