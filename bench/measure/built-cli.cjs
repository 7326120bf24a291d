// The built `sakip` command (lib/sakip.js, `npm run build:cli`) run by plain node, as an installed
// package runs it: what the bench measures. bin/sakip.js in a checkout would run the TypeScript
// sources through tsx instead (compiling at start, and the workers bundled at start).
'use strict';
const { runMain } = require('../../bin/run-main.cjs');

runMain(require('../../lib/sakip.js'), process.argv.slice(2));
