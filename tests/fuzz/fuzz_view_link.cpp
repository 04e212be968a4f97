// The URL fragment (#view=...&..., #saved=3, #present=7&slide=2) as a pasted
// link or bookmark brings it. Never a crash; a view state that is read,
// written as a link again, reads back as the same state.
#include "tests/fuzz/fuzz_support.h"

#include "core/view_link.h"

using namespace swm;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Dataset& dataset = fuzz::default_dataset();
    const ViewLink link = parse_view_link(fuzz::text_of(data, size), dataset);
    for (const auto& e : link.errors) (void)e.describe(Lang::nl);
    if (link.kind != ViewLink::Kind::state) return 0;
    const ViewLink again = parse_view_link(view_link(link.state), dataset);
    if (again.kind != ViewLink::Kind::state || !again.errors.empty()) fuzz::broken("a written view link does not read back");
    if (again.state != link.state) fuzz::broken("view link: parse(write(state)) != state");
    return 0;
}
