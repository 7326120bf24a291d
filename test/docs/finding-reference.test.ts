/**
 * docs/temuan.md is the catalogue rendered by scripts/docs/finding-reference.ts: a code, title,
 * fix or message changed in shared/findings/catalogue.ts without regenerating the page fails
 * here. After a deliberate change: `UPDATE_GOLDEN=1 npx mocha test/docs/finding-reference.test.ts`
 * (or `npx tsx scripts/docs/finding-reference.ts`), then review the diff.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { catalogue } from '../../shared/findings/catalogue';
import { findingReferenceMarkdown, REFERENCE_PATH } from '../../scripts/docs/finding-reference';

describe('finding reference page (docs/temuan.md)', () => {
  const generated = findingReferenceMarkdown();

  it('is the catalogue rendered (UPDATE_GOLDEN=1 rewrites it)', () => {
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(REFERENCE_PATH, generated);
    const onDisk = readFileSync(REFERENCE_PATH, 'utf8');
    assert.ok(onDisk === generated, 'docs/temuan.md differs from the catalogue: run `npx tsx scripts/docs/finding-reference.ts` (or UPDATE_GOLDEN=1) and review the diff');
  });

  it('has a section, the severity, the fix and the English title for every code', () => {
    for (const [code, entry] of Object.entries(catalogue)) {
      const at = generated.indexOf(`### \`${code}\` — ${entry.title.id}`);
      assert.ok(at >= 0, `no section for ${code}`);
      const next = generated.indexOf('\n### ', at + 1);
      const section = generated.slice(at, next < 0 ? undefined : next);
      assert.match(section, new RegExp(`\\*\\*Tingkat:\\*\\* ${entry.severity === 'error' ? 'Error' : 'Peringatan'}\\n`), code);
      assert.ok(section.includes(`**Cara memperbaiki:** ${entry.fix.id}`), `${code}: fix`);
      assert.ok(section.includes(`*${entry.title.en}*`), `${code}: English title`);
    }
  });

  it('renders every message with example params (add one to EXAMPLES in scripts/docs/finding-reference.ts for a new code)', () => {
    const placeholders = generated.split('\n').filter((line) => line.includes('‹') || line.includes('NaN') || line.includes('**Arti (contoh pesan):** —'));
    assert.deepEqual(placeholders, []);
  });
});
