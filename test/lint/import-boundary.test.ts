/**
 * The lint's import boundary (eslint.config.cjs), on source text linted with the repository's own
 * config through ESLint's API: a host (addin/, pipeline/) importing an internal path of shared/ is
 * an error that fails `npm run lint`, so `npm test`; the index import is not; shared/ importing a host or a Node module is an error.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { HOST_BOUNDARY_SEVERITY } = require('../../eslint.config.cjs') as { HOST_BOUNDARY_SEVERITY: 'warn' | 'error' };
const SEVERITY = { warn: 1, error: 2 } as const;

async function lint(file: string, code: string, options: ESLint.Options = {}): Promise<Linter.LintMessage[]> {
  const eslint = new ESLint({ cwd: ROOT, ...options });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result!.messages;
}

const boundary = (messages: Linter.LintMessage[]): Linter.LintMessage[] => messages.filter((m) => m.ruleId === 'no-restricted-imports');

describe('lint: the import boundary', function () {
  this.timeout(60_000);

  it('reports a host import of an internal path of shared/, in addin/ and pipeline/', async () => {
    const internal = "import { catalogue } from '../../shared/findings/catalogue';\nexport const codes = Object.keys(catalogue);\n";
    for (const file of ['pipeline/read/boundary-fixture.ts', 'addin/functions/boundary-fixture.ts']) {
      const found = boundary(await lint(file, internal));
      assert.equal(found.length, 1, `${file}: one boundary report`);
      assert.equal(found[0]!.severity, SEVERITY[HOST_BOUNDARY_SEVERITY]);
      assert.match(found[0]!.message, /shared\/index\.ts/);
    }
  });

  it('accepts the public index', async () => {
    const index = "import { catalogue } from '../../shared';\nexport const codes = Object.keys(catalogue);\n";
    assert.deepEqual(boundary(await lint('pipeline/read/boundary-fixture.ts', index)), []);
    assert.deepEqual(boundary(await lint('pipeline/read/boundary-fixture.ts', index.replace("'../../shared'", "'../../shared/index'"))), []);
  });

  it('fails the lint with the repository config as it is (error count, as `eslint .` exits 1)', async () => {
    assert.equal(HOST_BOUNDARY_SEVERITY, 'error', 'the boundary is an error, not a warning');
    const internal = "import type { Finding } from '../shared/findings/finding';\nexport type F = Finding;\n";
    const [result] = await new ESLint({ cwd: ROOT }).lintText(internal, { filePath: join(ROOT, 'pipeline/boundary-fixture.ts') });
    assert.equal(result!.errorCount, 1);
  });

  it('keeps shared/ free of hosts and Node modules (errors)', async () => {
    const host = "import { main } from '../../pipeline/cli';\nexport const m = main;\n";
    const node = "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n";
    for (const code of [host, node]) {
      const found = boundary(await lint('shared/scoring/boundary-fixture.ts', code));
      assert.equal(found.length, 1);
      assert.equal(found[0]!.severity, 2);
    }
    assert.deepEqual(boundary(await lint('shared/scoring/boundary-fixture.ts', "import { PREDIKAT_TABLE } from './predikat';\nexport const t = PREDIKAT_TABLE;\n")), []);
  });
});
