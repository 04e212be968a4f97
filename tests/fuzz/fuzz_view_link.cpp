// The URL fragment (#view=...&..., #saved=3, #present=7&slide=2) as a pasted
// link or bookmark brings it. Never a crash; a view state that is read and
// written as a link reads back, and writes the same link again: a copied link
// keeps its screen. (The same state is not required: the link rounds the map
// centre to 0.01, tests/fuzz/corpus/view_link/rounded-centre.)
#include "tests/fuzz/fuzz_support.h"

#include "core/view_link.h"

using namespace swm;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Dataset& dataset = fuzz::default_dataset();
    const ViewLink link = parse_view_link(fuzz::text_of(data, size), dataset);
    for (const auto& e : link.errors) (void)e.describe(Lang::nl);
    if (link.kind != ViewLink::Kind::state) return 0;
    const std::string written = view_link(link.state);
    const ViewLink again = parse_view_link(written, dataset);
    if (again.kind != ViewLink::Kind::state || !again.errors.empty()) fuzz::broken("a written view link does not read back");
    if (view_link(again.state) != written) fuzz::broken("view link: write(parse(write(state))) != write(state)");
    return 0;
}
