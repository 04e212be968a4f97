#include "tests/fuzz/fuzz_support.h"

#include "core/json_codec.h"

#include <cstdio>
#include <cstdlib>

extern const unsigned char data_register_2014[];
extern const unsigned long long data_register_2014_size;
extern const unsigned char data_strategy[];
extern const unsigned long long data_strategy_size;

namespace swm::fuzz {

void broken(const char* what) {
    std::fprintf(stderr, "fuzz property broken: %s\n", what);
    std::abort();
}

const Dataset& default_dataset() {
    static const Dataset d = [] {
        const auto reg = parse_json({reinterpret_cast<const char*>(data_register_2014), size_t(data_register_2014_size)});
        const auto strat = parse_json({reinterpret_cast<const char*>(data_strategy), size_t(data_strategy_size)});
        if (!reg.ok() || !strat.ok()) broken("default data files do not parse");
        auto decoded = decode_dataset_files(reg.value, strat.value);
        if (!decoded.ok()) broken("default data files do not decode");
        return decoded.value;
    }();
    return d;
}

} // namespace swm::fuzz
