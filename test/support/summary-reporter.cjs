// Mocha reporter: one line per test, failures in full, and a last line `N passed, N failed`
// (the form CI reads).
const Mocha = require('mocha');
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
      const tail = skipped ? `, ${skipped} skipped` : '';
      console.log(`\n${passed} passed, ${failures.length} failed${tail}`);
    });
  }
}

function depth(suite) {
  let d = 0;
  for (let s = suite; s && s.parent; s = s.parent) d += 1;
  return d;
}

module.exports = SummaryReporter;
