#!/usr/bin/env node
// The `sakip` command: TypeScript sources run through tsx (a runtime dependency), no build step.
'use strict';
require('tsx/cjs');
// `sakip validate … | head`: a closed pipe ends the output quietly.
process.stdout.on('error', (error) => {
  if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = require('../pipeline/cli.ts');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
