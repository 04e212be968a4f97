#include "native-host/register_bodies.h"

#include "native-host/register_service.h"

#include "core/json_codec.h"

#include <nlohmann/json.hpp>

namespace swm {
namespace {

using nlohmann::json;

std::string dumped(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// Where the dataset's list goes in its encoded header: a string no encoded
// value can hold unescaped, so the first one is the top-level key.
constexpr std::string_view kListMark = "\"partnerships\":\"\\u0001\"";

} // namespace

RegisterBodies::RegisterBodies(const Dataset& d) : register_(d), index_(d) {
    // Each record encoded on its own: no tree of the whole register is built.
    std::string records;
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    spans.reserve(d.partnerships.size());
    for (const Partnership& p : d.partnerships) {
        if (!records.empty()) records += ',';
        const std::string one = dumped(encode_partnership(p));
        spans.emplace_back(records.size(), one.size());
        records += one;
    }
    std::string list = encode_partnership_list(records, d.partnerships.size(), d);
    const std::size_t array_at = list.find('[') + 1;
    list_ = std::make_unique<KeptBody>(std::move(list));

    Dataset header = d;
    header.partnerships.clear();
    json header_json = encode_dataset(header);
    header_json["partnerships"] = "\x01";
    std::string whole = dumped(header_json);
    whole.replace(whole.find(kListMark), kListMark.size(), "\"partnerships\":[" + records + "]");
    dataset_ = std::make_unique<KeptBody>(std::move(whole));
    organisations_ = std::make_unique<KeptBody>(dumped({{"organisations", header_json["organisations"]}}));
    strategy_ = std::make_unique<KeptBody>(dumped(header_json["strategy"]));
    analysis_ = std::make_unique<KeptBody>(dumped(encode_analysis_answer(analyse(d, PartnershipFilter{}), d)));

    const std::string_view kept = list_->bytes();
    records_.reserve(spans.size());
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const std::string_view one = kept.substr(array_at + spans[i].first, spans[i].second);
        records_.push_back({one, etag_of(one)});
        by_number_.emplace(d.partnerships[i].number, i);
    }
}

std::string RegisterBodies::list_of(const std::vector<std::size_t>& positions) const {
    std::size_t size = 0;
    for (std::size_t i : positions) size += records_[i].json.size() + 1;
    std::string records;
    records.reserve(size);
    for (std::size_t i : positions) {
        if (!records.empty()) records += ',';
        records += records_[i].json;
    }
    return encode_partnership_list(records, positions.size(), register_);
}

const RegisterBodies::Record* RegisterBodies::record(int number) const {
    const auto it = by_number_.find(number);
    return it == by_number_.end() ? nullptr : &records_[it->second];
}

} // namespace swm
