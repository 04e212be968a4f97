// The verbonden partijen as CSV for Excel (the Dutch dialect of core/csv.h):
// one row per verbonden partij and year, with the columns of the budget's
// paragraph (BBV art. 15), so a griffie or a controller can work with the
// figures in a spreadsheet. Export only: the figures are entered in the UI
// or come with a JSON import. Amounts are whole euros in number cells;
// texts that Excel would evaluate get a leading apostrophe.
#pragma once
#include "core/dataset.h"

#include <string>

namespace swm {

// Contacts are personal data: only with `with_contacts`.
std::string encode_verbonden_partijen_csv(const Dataset& dataset, bool with_contacts);

} // namespace swm
