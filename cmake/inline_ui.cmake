# Puts the Emscripten JS (its wasm is loaded by the shell) into the HTML shell at the
# line holding SWM_UI_SCRIPT. Emscripten's own HTML output is not used: its
# minifier crashes in Debian's emscripten 3.1.6 (see TOOLCHAIN.md).
file(READ "${SHELL}" shell)

# Both scripts, the shell's and Emscripten's glue, go in minified (terser:
# about a fifth less of the page after gzip than whitespace removal alone).
function(minify in out_var)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs
                          node "${CMAKE_CURRENT_LIST_DIR}/minify_js.cjs" "${in}" "${OUT}.min.js"
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "minifying ${in} failed")
  endif()
  file(READ "${OUT}.min.js" min)
  file(REMOVE "${OUT}.min.js")
  set(${out_var} "${min}" PARENT_SCOPE)
endfunction()
minify("${JS}" js)
string(FIND "${shell}" "<script>\n" open)
string(FIND "${shell}" "</script>" close)
if(open EQUAL -1 OR close EQUAL -1)
  message(FATAL_ERROR "the shell has no <script> block to minify")
endif()
math(EXPR start "${open} + 9")
math(EXPR length "${close} - ${start}")
string(SUBSTRING "${shell}" ${start} ${length} shell_js)
file(WRITE "${OUT}.shell.js" "${shell_js}")
minify("${OUT}.shell.js" shell_js_min)
file(REMOVE "${OUT}.shell.js")
string(SUBSTRING "${shell}" 0 ${start} head)
string(SUBSTRING "${shell}" ${close} -1 tail)
# The shell's HTML and CSS comments and indentation are for its readers, not
# its users: /* */ and <!-- --> comments (not the <!--SWM_...--> markers) and
# leading blanks are left out of the page.
foreach(part head tail)
  string(REGEX REPLACE "/\\*[^*]*\\*+([^/*][^*]*\\*+)*/" "" ${part} "${${part}}")
  string(REGEX REPLACE "<!-- [^>]*-->" "" ${part} "${${part}}")
  string(REGEX REPLACE "\n[ \t]+" "\n" ${part} "${${part}}")
endforeach()
foreach(script js shell_js_min)
  string(FIND "${${script}}" "</script" bad)
  if(NOT bad EQUAL -1)
    message(FATAL_ERROR "a UI script contains '</script' and cannot be inlined")
  endif()
endforeach()
set(shell "${head}${shell_js_min}\n${tail}")
string(REPLACE "<!--SWM_UI_SCRIPT-->" "<script>\n${js}\n</script>" html "${shell}")
file(WRITE "${OUT}" "${html}")
