// The host's bridge to core for reading the register: the analysis of a
// request's filters, and the default dataset compiled into the
// executable. Everything it decides is core's, so host and UI agree.
#pragma once
#include "core/dataset.h"
#include "core/validation_error.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace swm {

// The analysis of the partnerships the query's filters select, with the
// seed's own figures checked against the whole register.
ValidationErrors analysis(const Dataset& dataset, const std::multimap<std::string, std::string>& query, nlohmann::json& out);

// The default dataset compiled into the executable (assets/data).
Dataset default_dataset();

} // namespace swm
