// The API's answers about one revision of the register, encoded once: the
// list, every record, the dataset, its organisations and strategy, the
// analysis of the whole, and the index that filters the list
// (core/partnership_index.h). Made from a StoredRegister the first time a
// request needs them (store.h), so after a write they are made once more,
// never per request.
#pragma once
#include "native-host/http_body.h"

#include "core/dataset.h"
#include "core/partnership_index.h"

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace swm {

class RegisterBodies {
public:
    // `dataset` must outlive these bodies and stay unchanged.
    explicit RegisterBodies(const Dataset& dataset);

    // GET /api/partnerships without filters:
    // {"partnerships": [...], "peildatum", "shown", "total"}.
    const KeptBody& list() const { return *list_; }
    // The same for the rows at `positions` (in dataset.partnerships).
    std::string list_of(const std::vector<std::size_t>& positions) const;
    // A tag for this revision of the register, to build ETags of answers
    // made from it (a filtered list) without hashing them.
    const std::string& revision_tag() const { return dataset_->etag(); }

    // One record's JSON (GET /api/partnerships/N) and its ETag; nullptr when absent.
    struct Record {
        std::string_view json;
        std::string etag;
    };
    const Record* record(int number) const;

    const KeptBody& dataset() const { return *dataset_; }
    const KeptBody& organisations() const { return *organisations_; }
    const KeptBody& strategy() const { return *strategy_; }
    const KeptBody& analysis() const { return *analysis_; }
    const PartnershipIndex& index() const { return index_; }

private:

    const Dataset& register_;
    std::unique_ptr<KeptBody> list_, dataset_, organisations_, strategy_, analysis_;
    std::vector<Record> records_;                 // in register order; json points into list_
    std::unordered_map<int, std::size_t> by_number_;
    PartnershipIndex index_;
};

} // namespace swm
