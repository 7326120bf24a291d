// Boots a read worker (worker-pool.ts): TypeScript runs through tsx, as in bin/sakip.js; a worker
// thread does not inherit the main thread's require hook, so it registers its own.
'use strict';
require('tsx/cjs');
require('./read-worker.ts');
