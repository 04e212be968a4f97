// Reading a request of the API: its body as a JSON object and the revision a
// write is based on. Each answers the refusal itself (in core's one error
// shape) and returns nothing, so a handler just returns.
#pragma once
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace swm {

// The body as a JSON object, or nullopt after answering 400 with what is
// wrong and where. core's parser never throws and refuses hostile nesting.
std::optional<nlohmann::json> body_json(const httplib::Request& req, httplib::Response& res);

// The revision a write is based on: "revision" in the body for PUT, ?revision=
// for DELETE; false after answering 428.
bool base_revision(const httplib::Request& req, const nlohmann::json* body, httplib::Response& res, int64_t& out);

// A whole decimal number of at most 18 digits.
bool parse_int(const std::string& s, int64_t& out);

} // namespace swm
