#include "core/base64.h"

#include <catch2/catch.hpp>

using swm::base64_encode;

TEST_CASE("base64: the RFC 4648 test vectors, padding included") {
    CHECK(base64_encode("") == "");
    CHECK(base64_encode("f") == "Zg==");
    CHECK(base64_encode("fo") == "Zm8=");
    CHECK(base64_encode("foo") == "Zm9v");
    CHECK(base64_encode("foob") == "Zm9vYg==");
    CHECK(base64_encode("fooba") == "Zm9vYmE=");
    CHECK(base64_encode("foobar") == "Zm9vYmFy");
}

TEST_CASE("base64: bytes above 127 and zero bytes, as in a WebAssembly file") {
    const std::string wasm_magic("\0asm\x01\0\0\0", 8);
    CHECK(base64_encode(wasm_magic) == "AGFzbQEAAAA=");
    CHECK(base64_encode(std::string("\xff\xfe\xfd", 3)) == "//79");
    CHECK(base64_encode(std::string(300, '\xff')).size() == 400);
}
