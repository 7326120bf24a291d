#!/usr/bin/env node
// The `sakip` command. Installed (npm install -g, npm pack): the JavaScript built by
// `npm run build:cli` (lib/sakip.js), run by plain node. In a checkout with its dev dependencies:
// the TypeScript sources through tsx, so a change is live without a build.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { runMain } = require('./run-main.cjs');

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

runMain(loadCli(), process.argv.slice(2));
