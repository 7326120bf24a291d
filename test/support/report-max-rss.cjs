// Preloaded into a child process (`node -r ./test/support/report-max-rss.cjs …`): prints the
// process's peak resident set size on stderr when it exits, for the peak-memory test.
'use strict';
process.on('exit', () => {
  process.stderr.write(`\nSAKIP_MAX_RSS_KB ${process.resourceUsage().maxRSS}\n`);
});
