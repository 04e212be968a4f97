// The JSON contract decoder as the API, import and the UI meet a document:
// text -> parse_json -> decode_dataset / decode_partnership / decode_filter.
// Never a crash; what decodes encodes and decodes again to the same value.
#include "tests/fuzz/fuzz_support.h"

#include "core/json_codec.h"

using namespace swm;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parsed = parse_json(fuzz::text_of(data, size));
    if (!parsed.ok()) return 0;
    const nlohmann::json& j = parsed.value;

    const auto dataset = decode_dataset(j);
    if (dataset.ok()) {
        const auto again = decode_dataset(encode_dataset(dataset.value));
        if (!again.ok()) fuzz::broken("an encoded dataset does not decode");
        if (!(again.value == dataset.value)) fuzz::broken("dataset: decode(encode(x)) != x");
    }
    const auto partnership = decode_partnership(j);
    if (partnership.ok()) {
        const auto again = decode_partnership(encode_partnership(partnership.value));
        if (!again.ok()) fuzz::broken("an encoded partnership does not decode");
        if (!(again.value == partnership.value)) fuzz::broken("partnership: decode(encode(x)) != x");
    }
    const auto filter = decode_filter(j);
    if (filter.ok()) {
        const auto again = decode_filter(encode_filter(filter.value));
        if (!again.ok() || !(again.value == filter.value)) fuzz::broken("filter: decode(encode(x)) != x");
    }
    // Error reports are shown to people: every one must describe itself.
    for (const auto& e : dataset.errors) (void)e.describe(Lang::nl);
    (void)encode_errors(partnership.errors).dump();
    return 0;
}
