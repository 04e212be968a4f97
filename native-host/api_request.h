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

// The header a request names its editor in (core/editor_name.h):
// percent-encoded UTF-8, since fetch() sends header values as Latin-1.
// cpp-httplib percent-decodes every header value as it reads it, so the
// value a handler reads is decoded once and must not be decoded again.
inline constexpr const char* kEditorHeader = "X-SWM-User";

// The header's whole value as decoded; "" when it is absent.
std::string editor_header(const httplib::Request& req);

// False after answering 422 "bad_editor" when the request names its editor
// and the name, decoded, is not one core accepts; it then reaches no route.
bool editor_header_ok(const httplib::Request& req, httplib::Response& res);

// A whole decimal number of at most 18 digits.
bool parse_int(const std::string& s, int64_t& out);

} // namespace swm
