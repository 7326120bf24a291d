/**
 * functions.json: generated from the JSDoc of addin/functions/functions.ts in the test, compared
 * with the reviewed golden file test/golden/functions.json (UPDATE_GOLDEN=1 rewrites it), and the
 * build's dist/functions.json must be that same file. The metadata, the associations and the
 * docs must all match the function list.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { associations } from '../support/custom-functions-stand-in';
import '../../addin/functions/functions';
import { FUNCTION_LIST, helpUrlOf } from '../../addin/functions/function-list';

const ROOT = join(__dirname, '..', '..');
const SOURCE = join(ROOT, 'addin', 'functions', 'functions.ts');
const GOLDEN = join(ROOT, 'test', 'golden', 'functions.json');
const DIST = join(ROOT, 'dist');

interface MetadataParameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: MetadataParameter[];
  result?: { dimensionality?: string };
}

/** Runs the metadata generator on functions.ts, writing functions.json into a temp dir; its text. */
async function generate(): Promise<string> {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  assert.deepEqual(result.errors, [], 'the JSDoc parses without errors');
  const dir = mkdtempSync(join(tmpdir(), 'sakip-functions-'));
  try {
    const file = join(dir, 'functions.json');
    writeFileSync(file, `${result.metadataJson}\n`);
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function requireBuild(file: string): string {
  const path = join(DIST, file);
  assert.ok(existsSync(path), `dist/${file} is missing: run \`npm run build\` first (npm test does)`);
  return readFileSync(path, 'utf8');
}

describe('add-in functions: functions.json', () => {
  let generated = '';
  let functions: MetadataFunction[] = [];

  before(async () => {
    generated = await generate();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, generated);
    functions = (JSON.parse(generated) as { functions: MetadataFunction[] }).functions;
  });

  it('is generated exactly as the reviewed golden file', () => {
    assert.ok(existsSync(GOLDEN), 'test/golden/functions.json exists (UPDATE_GOLDEN=1 writes it)');
    assert.equal(generated, readFileSync(GOLDEN, 'utf8'), 'functions.json changed: review, then run with UPDATE_GOLDEN=1');
  });

  it('is what the build put in dist/', () => {
    assert.equal(`${requireBuild('functions.json').trimEnd()}\n`, readFileSync(GOLDEN, 'utf8'));
  });

  it('lists every function of the list, in order, with its parameters and result shape', () => {
    assert.deepEqual(
      functions.map((f) => f.id),
      FUNCTION_LIST.map((f) => f.id),
    );
    for (const [i, entry] of FUNCTION_LIST.entries()) {
      const meta = functions[i]!;
      assert.equal(meta.name, entry.id, `${entry.id}: name`);
      assert.deepEqual(
        meta.parameters.map((p) => [p.name, p.optional === true]),
        entry.parameters.map((p) => [p.name, p.optional]),
        `${entry.id}: parameters`,
      );
      assert.equal(meta.result?.dimensionality === 'matrix', entry.spills, `${entry.id}: spills`);
      if (entry.spills) assert.equal(meta.parameters[0]?.dimensionality, 'matrix', `${entry.id}: takes a range`);
      assert.equal(meta.helpUrl, helpUrlOf(entry.id), `${entry.id}: help URL`);
    }
  });

  it('describes every function and parameter in Indonesian', () => {
    const english = /\b(the|returns?|value|score|answer|range|optional)\b/i;
    for (const f of functions) {
      const texts = [f.description ?? '', ...f.parameters.map((p) => p.description ?? '')];
      for (const text of texts) {
        assert.ok(text.length > 10, `${f.id}: "${text}" is a description`);
        assert.doesNotMatch(text, english, `${f.id}: "${text}" reads as English`);
      }
    }
  });

  it('has every function associated once with its id, in Node and in the bundle', () => {
    assert.deepEqual([...associations.keys()].sort(), FUNCTION_LIST.map((f) => f.id).sort());
    const bundle = requireBuild('functions.js');
    for (const { id } of FUNCTION_LIST) {
      const calls = bundle.split(`associate("${id}",`).length - 1;
      assert.equal(calls, 1, `dist/functions.js associates ${id} once`);
    }
  });

  it('has a section in docs/functions.md for every function', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'functions.md'), 'utf8');
    for (const { id } of FUNCTION_LIST) {
      assert.match(docs, new RegExp(`^## SAKIP\\.${id}$`, 'm'), `docs/functions.md: ## SAKIP.${id}`);
    }
  });
});
