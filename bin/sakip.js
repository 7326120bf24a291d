#!/usr/bin/env node
// The `sakip` command. Installed (npm install -g, npm pack): the JavaScript built by
// `npm run build:cli` (lib/sakip.js), run by plain node. In a checkout with its dev dependencies:
// the TypeScript sources through tsx, so a change is live without a build.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// `sakip validate … | head`: a closed pipe ends the output quietly.
process.stdout.on('error', (error) => {
  if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

function loadCli() {
  const sources = join(__dirname, '..', 'pipeline', 'cli.ts');
  if (existsSync(sources)) {
    try {
      require.resolve('tsx/cjs');
    } catch {
      return require('../lib/sakip.js');
    }
    require('tsx/cjs');
    return require(sources);
  }
  return require('../lib/sakip.js');
}

loadCli()
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
