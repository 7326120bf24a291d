// `npm run test:e2e`: the end-to-end tests (*.e2e.test.ts: the pane in headless Chromium, the
// packed tarball installed and run), with the root .mocharc.cjs otherwise. `npm run test:unit` is
// every other test.
'use strict';
module.exports = { ...require('../.mocharc.cjs'), spec: ['test/**/*.e2e.test.ts'] };
