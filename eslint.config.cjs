/**
 * ESLint (flat config) with typescript-eslint, run by `npm run lint` and `npm test`.
 *
 * The import boundary: addin/ and pipeline/ use the domain core only through its public index
 * (`shared/index.ts`: `import { … } from '../shared'`), and shared/ imports no host (addin/,
 * pipeline/, scripts/, test/, bench/) and no Node module. test/lint/import-boundary.test.ts shows
 * both fail the lint.
 */
'use strict';

const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

/**
 * Severity of the hosts' boundary: every host import goes through the index, so a new internal
 * import fails `npm test`.
 */
const HOST_BOUNDARY_SEVERITY = 'error';

/** A host import of anything in shared/ but its index: `../shared/findings/finding`. */
const HOST_BOUNDARY = {
  patterns: [
    {
      regex: '^(\\.\\./)+shared/(?!index$).+',
      message: 'Impor inti domain hanya lewat indeksnya: from \'…/shared\' (shared/index.ts). / Import the core only through its index.',
    },
  ],
};

/** shared/ is host-neutral: no host folder, no Node module. */
const CORE_BOUNDARY = {
  patterns: [
    {
      regex: '^(\\.\\./)+(addin|pipeline|scripts|test|bench)(/|$)',
      message: 'shared/ tidak mengimpor host (addin, pipeline, scripts, test, bench). / shared/ imports no host.',
    },
    {
      regex: '^node:',
      message: 'shared/ tidak memakai modul Node. / shared/ uses no Node module.',
    },
  ],
};

module.exports = tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'lib/', 'test-output/', 'demo-output/', 'bench-output/', '**/*.d.cts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { console: 'readonly', process: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', __filename: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // The readers match control bytes of binary formats on purpose (zip names, magic numbers, XML 1.0 text).
      'no-control-regex': 'off',
      // `SaxesParser<{}>`: a library's options type.
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests state the decimal literals a spreadsheet holds, past double precision on purpose.
      'no-loss-of-precision': 'off',
      // The CustomFunctions stand-in records whatever the add-in associates.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    files: ['**/*.cjs', '**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['addin/**/*.ts', 'pipeline/**/*.ts'],
    rules: { 'no-restricted-imports': [HOST_BOUNDARY_SEVERITY, HOST_BOUNDARY] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', CORE_BOUNDARY] },
  },
);

module.exports.HOST_BOUNDARY_SEVERITY = HOST_BOUNDARY_SEVERITY;
module.exports.HOST_BOUNDARY = HOST_BOUNDARY;
