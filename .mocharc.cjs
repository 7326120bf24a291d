module.exports = {
  require: ['tsx/cjs'],
  extension: ['ts'],
  spec: ['test/**/*.test.ts'],
  reporter: './test/support/summary-reporter.cjs',
  timeout: 20000,
};
