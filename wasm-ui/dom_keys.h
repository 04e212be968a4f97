// ImGui 1.86 indexes its keys by the platform's own codes; the UI's are the
// DOM's keyCode (0..255), which web_platform.cpp passes on and the native
// view tests send.
#pragma once

namespace swm::web {

// Sets ImGui's KeyMap to DOM key codes for the keys ImGui reads itself.
void map_dom_keys();

} // namespace swm::web
