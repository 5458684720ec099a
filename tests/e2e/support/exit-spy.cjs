// Preloaded into a build (NODE_OPTIONS=--require …) by tests that must know whether the process
// ended through process.exit(): it says so on stderr (straight to the file descriptor, as the
// process may have silenced its streams), then exits as asked.
const { writeSync } = require('node:fs');
const exit = process.exit;
process.exit = function spiedExit(code) {
  writeSync(2, `\n[exit-spy] process.exit(${code ?? ''})\n`);
  return exit.call(process, code);
};
