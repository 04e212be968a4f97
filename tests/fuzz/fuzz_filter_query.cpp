// The register's filter as a query string (GET /api/partnerships?...,
// /api/analysis?..., /report?...): split and percent-decoded by cpp-httplib
// exactly as the host receives it, then parse_filter. Never a crash; a filter
// that is read, written as a query again, reads back as the same filter.
#include "tests/fuzz/fuzz_support.h"

#include "core/partnership_filter.h"

#include <httplib.h>

using namespace swm;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    httplib::Params params;
    httplib::detail::parse_query_text(std::string(fuzz::text_of(data, size)), params);
    const QueryParams query(params.begin(), params.end());
    const Dataset& dataset = fuzz::default_dataset();
    const ParsedFilter parsed = parse_filter(query, &dataset);
    for (const auto& e : parsed.errors) (void)e.describe(Lang::nl);
    if (!parsed.errors.empty()) return 0;
    (void)apply_filter(parsed.filter, dataset);
    const ParsedFilter again = parse_filter(to_query(parsed.filter), &dataset);
    if (!again.errors.empty()) fuzz::broken("a written filter query does not read back");
    if (!(again.filter == parsed.filter)) fuzz::broken("filter query: parse(to_query(f)) != f");
    return 0;
}
