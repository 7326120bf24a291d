// The built `sakip` command (lib/sakip.js, `npm run build:cli`) run by plain node, as an installed
// package runs it: what the bench measures. bin/sakip.js in a checkout would run the TypeScript
// sources through tsx instead (compiling at start, and the workers bundled at start).
'use strict';
require('../../lib/sakip.js')
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
