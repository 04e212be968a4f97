// PUT /api/organisations/{id}/verbonden_partij: sets (or with null removes)
// an organisation's verbonden partij. Body: {"verbonden_partij": {...} | null,
// "before": what the client last read}; when that is not what is stored,
// someone else changed it first (409, nothing written). The register is
// checked whole by core and replaced in one transaction, with one history
// entry that can be undone.
#pragma once
#include "native-host/api.h"

namespace swm {

void install_verbonden_partij_routes(httplib::Server& svr, ApiContext& ctx);

} // namespace swm
