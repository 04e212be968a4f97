#include "native-host/register_service.h"

#include "core/analysis.h"
#include "core/csv.h"
#include "core/json_codec.h"
#include "core/partnership_filter.h"
#include "core/text.h"
#include "core/validation.h"

#include <algorithm>
#include <set>
#include <stdexcept>

extern const unsigned char data_register_2014[];
extern const unsigned long long data_register_2014_size;
extern const unsigned char data_strategy[];
extern const unsigned long long data_strategy_size;

namespace swm {
namespace {

using nlohmann::json;

std::string_view embedded(const unsigned char* data, unsigned long long size) {
    return {reinterpret_cast<const char*>(data), size_t(size)};
}

} // namespace

ValidationErrors analysis(const Dataset& d, const std::multimap<std::string, std::string>& query, json& out) {
    const ParsedFilter parsed = parse_filter(query, &d);
    if (!parsed.errors.empty()) return parsed.errors;
    out = encode_analysis_answer(analyse(d, parsed.filter), d);
    return {};
}

Dataset default_dataset() {
    const Decoded<json> reg = parse_json(embedded(data_register_2014, data_register_2014_size));
    const Decoded<json> strat = parse_json(embedded(data_strategy, data_strategy_size));
    if (!reg.ok() || !strat.ok()) throw std::runtime_error("embedded default data is not valid JSON");
    const Decoded<Dataset> d = decode_dataset_files(reg.value, strat.value);
    if (!d.ok()) throw std::runtime_error("embedded default data does not decode: " + d.errors.front().describe(Lang::en));
    return d.value;
}

} // namespace swm
