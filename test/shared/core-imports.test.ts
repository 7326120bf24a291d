/**
 * The core stays host-neutral: no Office, no exceljs, no Node I/O, nothing outside shared/ but zod
 * and the HTML parser (htmlparser2 and its entity decoder, which also run in the browser).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../../shared');
const BROWSER_SAFE = new Set(['zod/mini', 'zod', 'htmlparser2', 'entities/decode']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('the domain core', () => {
  const files = sourceFiles(root);

  it('has source files to check', () => assert.ok(files.length > 20));

  it('imports only its own modules, zod and the HTML parser', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)) {
        const spec = match[1]!;
        const inside = spec.startsWith('.') && resolve(file, '..', spec).startsWith(root);
        if (!inside && !BROWSER_SAFE.has(spec)) offenders.push(`${relative(root, file)}: ${spec}`);
      }
      if (/\b(Office|Excel|CustomFunctions|process|Buffer|window|document)\./.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))) {
        offenders.push(`${relative(root, file)}: uses a host global`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
