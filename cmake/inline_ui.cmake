# Puts the Emscripten JS (its wasm is loaded by the shell) into the HTML shell at the
# line holding SWM_UI_SCRIPT. Emscripten's own HTML output is not used: its
# minifier crashes in Debian's emscripten 3.1.6 (see TOOLCHAIN.md).
file(READ "${SHELL}" shell)
file(READ "${JS}" js)
# The shell's comments and indentation are for its readers, not its users:
# whole-line // comments, /* */ and <!-- --> comments (not the <!--SWM_...-->
# markers) and leading blanks are left out of the page. The shell has no
# string or template literal over several lines, where this would matter.
string(REGEX REPLACE "\n[ \t]*//[^\n]*" "" shell "${shell}")
string(REGEX REPLACE "/\\*[^*]*\\*+([^/*][^*]*\\*+)*/" "" shell "${shell}")
string(REGEX REPLACE "<!-- [^>]*-->" "" shell "${shell}")
string(REGEX REPLACE "\n[ \t]+" "\n" shell "${shell}")
string(FIND "${js}" "</script" bad)
if(NOT bad EQUAL -1)
  message(FATAL_ERROR "the UI script contains '</script' and cannot be inlined")
endif()
string(REPLACE "<!--SWM_UI_SCRIPT-->" "<script>\n${js}\n</script>" html "${shell}")
file(WRITE "${OUT}" "${html}")
