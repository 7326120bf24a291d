// Preloaded (`node --require`) into the measured `sakip consolidate` when /usr/bin/time is
// missing: writes the process's peak resident set size (KiB) to $BENCH_RSS_FILE at exit.
'use strict';
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const file = process.env.BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
