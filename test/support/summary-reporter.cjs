// Mocha reporter: one line per test, failures in full, and a last line `N passed, N failed`
// (the form CI reads). `npm test` runs mocha twice (test:unit, then test:e2e): with
// `--reporter-option tally=first` a run keeps its counts in test-output/, and with `tally=last` the
// last line is the sum of both runs.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

const TALLY = path.join(__dirname, '..', '..', 'test-output', 'test-tally.json');

/** Adds the first run's counts (tally=last), or keeps this run's for the next (tally=first). */
function tally(mode, counts) {
  if (mode === 'first') {
    fs.mkdirSync(path.dirname(TALLY), { recursive: true });
    fs.writeFileSync(TALLY, JSON.stringify(counts));
    return counts;
  }
  if (mode !== 'last' || !fs.existsSync(TALLY)) return counts;
  const before = JSON.parse(fs.readFileSync(TALLY, 'utf8'));
  fs.rmSync(TALLY, { force: true });
  return { passed: before.passed + counts.passed, failed: before.failed + counts.failed, skipped: before.skipped + counts.skipped };
}
const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END, EVENT_SUITE_BEGIN } = Mocha.Runner.constants;

class SummaryReporter extends Mocha.reporters.Base {
  constructor(runner, options) {
    super(runner, options);
    let passed = 0;
    let skipped = 0;
    const failures = [];
    runner.on(EVENT_SUITE_BEGIN, (suite) => {
      if (suite.title) console.log(`${'  '.repeat(depth(suite) - 1)}${suite.title}`);
    });
    runner.on(EVENT_TEST_PASS, (test) => {
      passed += 1;
      console.log(`${'  '.repeat(depth(test.parent))}✓ ${test.title}`);
    });
    runner.on(EVENT_TEST_PENDING, (test) => {
      skipped += 1;
      console.log(`${'  '.repeat(depth(test.parent))}- ${test.title} (skipped)`);
    });
    runner.on(EVENT_TEST_FAIL, (test, err) => {
      failures.push({ test, err });
      console.log(`${'  '.repeat(depth(test.parent || { parent: null }))}✗ ${test.title}`);
    });
    runner.once(EVENT_RUN_END, () => {
      failures.forEach(({ test, err }, i) => {
        console.log(`\n${i + 1}) ${test.fullTitle()}`);
        console.log(err && err.stack ? err.stack : String(err));
        if (err && err.showDiff !== false && err.expected !== undefined && err.actual !== undefined) {
          console.log(`expected: ${JSON.stringify(err.expected)}\nactual:   ${JSON.stringify(err.actual)}`);
        }
      });
      const mode = options && options.reporterOptions ? options.reporterOptions.tally : undefined;
      const total = tally(mode, { passed, failed: failures.length, skipped });
      const tail = total.skipped ? `, ${total.skipped} skipped` : '';
      if (mode === 'last') console.log(`\n${passed} passed, ${failures.length} failed (npm test: test:unit + test:e2e)`);
      console.log(`\n${total.passed} passed, ${total.failed} failed${tail}`);
    });
  }
}

function depth(suite) {
  let d = 0;
  for (let s = suite; s && s.parent; s = s.parent) d += 1;
  return d;
}

module.exports = SummaryReporter;
