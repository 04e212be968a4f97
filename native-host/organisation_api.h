// Writing organisations: POST /api/organisations (201), PUT
// /api/organisations/{id} with the revision it is based on (an end date ends
// it), POST /api/organisations/{id}/merge {"into", "end_date", "revision"}.
// Same rules as partnerships: 422 with the fields core refuses, 409 with the
// current record when it changed meanwhile or the id is taken, 404 when it
// is not there. Each write is one transaction with a history entry (entity
// "organisation"). There is no DELETE: an organisation that is gone is ended
// or merged, so the history and older snapshots keep its name.
#pragma once
#include "native-host/api.h"

namespace swm {

void install_organisation_routes(httplib::Server& svr, ApiContext& ctx);

} // namespace swm
