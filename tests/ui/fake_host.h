// A host for the view tests, answering the UI's requests from a Dataset in
// memory with the host's documents (core's codecs): the register, its
// snapshots and their comparison, the map, saves of partnerships with the
// revision check, and boundary imports. What it does not know it answers
// with 404, as the host would.
#pragma once
#include "browser_double.h"

#include "core/dataset.h"
#include "core/snapshot_info.h"

#include <string>
#include <vector>

namespace swm::test {

struct FakeHost {
    Dataset dataset;
    struct Snapshot {
        SnapshotInfo info;
        Dataset dataset;
    };
    std::vector<Snapshot> snapshots;
    std::string map_document;  // GET /api/geo's body; empty: 404
    long long next_change = 1;

    HttpResponse answer(const HttpRequest& r);

private:
    HttpResponse save(const HttpRequest& r, int number);
    HttpResponse import_map(const HttpRequest& r);
    const Snapshot* snapshot(long long id) const;
};

// 2014's register and strategy (assets/data), as shipped.
Dataset default_dataset();
// A host holding them.
FakeHost host_of_2014();

} // namespace swm::test
