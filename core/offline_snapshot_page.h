// The offline snapshot: the UI's page with the host's answers and the UI's
// WebAssembly inside, so that it opens from disk with no host. The shell
// (assets/shell.html) reads {"responses": {"GET path": body}} from the
// element #swm-snapshot and the wasm, as base64, from #swm-wasm.
#pragma once
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace swm {

// `page` with both elements at its <!--SWM_SNAPSHOT_DATA--> marker; empty
// when the page has no marker (a UI built without it).
std::string offline_snapshot_page(std::string page, const nlohmann::json& responses, std::string_view wasm);

} // namespace swm
