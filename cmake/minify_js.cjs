// Minifies the UI's scripts for the page (cmake/inline_ui.cmake): Debian's
// terser, names local to a function shortened, nothing at the top level
// renamed or dropped, since the shell, Emscripten's glue and the EM_JS code
// find each other there by name.
// Usage: node minify_js.cjs IN OUT (NODE_PATH must hold /usr/share/nodejs)
const fs = require('fs');
const { minify } = require('terser');

const [input, output] = process.argv.slice(2);
minify(fs.readFileSync(input, 'utf8'), { compress: { passes: 2 }, mangle: true, toplevel: false })
  .then(result => fs.writeFileSync(output, result.code))
  .catch(error => { console.error(`${input}: ${error.message}`); process.exit(1); });
