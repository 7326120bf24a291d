/**
 * The function registry (addin/functions/registry.ts) is the one definition of the `=SAKIP.*`
 * functions; this holds everything generated from it to it: functions.json and its en-US copy
 * (reviewed golden files test/golden/functions.json and functions.en-US.json, and the build's
 * dist/), the associations (in Node and in the built bundle, run in a VM), and docs/functions.md.
 * UPDATE_GOLDEN=1 rewrites the golden files and the docs page; review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { associations, StandInError } from '../support/custom-functions-stand-in';
import '../../addin/functions/functions';
import { helpUrlOf, type FunctionSpec } from '../../addin/functions/function-spec';
import { functionsMetadata, METADATA_FILE, metadataText } from '../../addin/functions/metadata';
import { FUNCTION_REGISTRY, functionSpec } from '../../addin/functions/registry';
import { excelFunction } from '../../addin/functions/excel-function';
import { FUNCTIONS_DOC_PATH, functionsReferenceMarkdown, signature } from '../../scripts/docs/functions-reference';

const ROOT = join(__dirname, '..', '..');
const GOLDEN = { id: join(ROOT, 'test', 'golden', 'functions.json'), en: join(ROOT, 'test', 'golden', 'functions.en-US.json') } as const;
const DIST = join(ROOT, 'dist');
const LANGS = ['id', 'en'] as const;

function requireBuild(file: string): string {
  const path = join(DIST, file);
  assert.ok(existsSync(path), `dist/${file} is missing: run \`npm run build\` first (npm test does)`);
  return readFileSync(path, 'utf8');
}

describe('add-in functions: one registry, everything generated from it', () => {
  before(() => {
    if (process.env.UPDATE_GOLDEN !== '1') return;
    for (const lang of LANGS) writeFileSync(GOLDEN[lang], metadataText(lang));
    writeFileSync(FUNCTIONS_DOC_PATH, functionsReferenceMarkdown());
  });

  it('generates functions.json and functions.en-US.json exactly as the reviewed golden files', () => {
    for (const lang of LANGS) {
      assert.ok(existsSync(GOLDEN[lang]), `${GOLDEN[lang]} exists (UPDATE_GOLDEN=1 writes it)`);
      assert.equal(metadataText(lang), readFileSync(GOLDEN[lang], 'utf8'), `${METADATA_FILE[lang]} changed: review, then run with UPDATE_GOLDEN=1`);
    }
  });

  it('is what the build put in dist/', () => {
    for (const lang of LANGS) assert.equal(requireBuild(METADATA_FILE[lang]), readFileSync(GOLDEN[lang], 'utf8'), `dist/${METADATA_FILE[lang]}`);
  });

  it('lists every function in order with its parameters, result shape and help URL', () => {
    for (const lang of LANGS) {
      const { functions } = functionsMetadata(lang);
      assert.deepEqual(
        functions.map((f) => f.id),
        FUNCTION_REGISTRY.map((f) => f.id),
      );
      for (const [i, spec] of FUNCTION_REGISTRY.entries()) {
        const meta = functions[i]!;
        assert.equal(meta.name, spec.id);
        assert.deepEqual(
          meta.parameters.map((p) => [p.name, p.optional === true, p.dimensionality === 'matrix']),
          spec.parameters.map((p) => [p.name, p.optional === true, p.kind === 'cells' || p.kind === 'range']),
        );
        assert.equal('dimensionality' in meta.result, spec.result === 'cells', `${spec.id}: spills`);
        assert.equal(meta.helpUrl, helpUrlOf(spec.id));
      }
    }
  });

  it('describes every function and parameter in Indonesian, and in English for en-US', () => {
    const english = /\b(the|returns?|value|score|answer|range|optional|of|or)\b/i;
    const id = functionsMetadata('id').functions;
    const en = functionsMetadata('en').functions;
    for (const [i, f] of id.entries()) {
      const idTexts = [f.description, ...f.parameters.map((p) => p.description)];
      const enTexts = [en[i]!.description, ...en[i]!.parameters.map((p) => p.description)];
      for (const [j, text] of idTexts.entries()) {
        assert.ok(text.length > 10, `${f.id}: "${text}" is a description`);
        assert.doesNotMatch(text, /\b(the|returns?|value|score|answer|range|optional)\b/i, `${f.id}: "${text}" reads as English`);
        assert.notEqual(enTexts[j], text, `${f.id}: the en-US text is a translation`);
        assert.match(enTexts[j]!, english, `${f.id}: "${enTexts[j]}" reads as English`);
      }
    }
  });

  it('associates every function once with its id, in Node and in the built bundle', () => {
    assert.deepEqual([...associations.keys()], FUNCTION_REGISTRY.map((f) => f.id));
    const associated: string[] = [];
    const standIn = { associate: (id: string) => associated.push(id), Error: StandInError, ErrorCode: {} };
    runInNewContext(requireBuild('functions.js'), { CustomFunctions: standIn });
    assert.deepEqual(associated, FUNCTION_REGISTRY.map((f) => f.id), 'dist/functions.js associates each registry function once');
  });

  it('renders docs/functions.md from the registry and details/<ID>.md (UPDATE_GOLDEN=1 rewrites it)', () => {
    const docs = readFileSync(FUNCTIONS_DOC_PATH, 'utf8');
    assert.ok(docs === functionsReferenceMarkdown(), 'docs/functions.md differs from the registry: run `npx tsx scripts/docs/functions-reference.ts` and review the diff');
    for (const spec of FUNCTION_REGISTRY) assert.ok(docs.includes(`## SAKIP.${spec.id}\n\n${signature(spec)}\n`), spec.id);
    const details = readdirSync(join(ROOT, 'addin', 'functions', 'details')).sort();
    assert.deepEqual(details, FUNCTION_REGISTRY.map((f) => `${f.id}.md`).sort(), 'one details file per function, none left over');
  });

  it('changes every output when a parameter is added in the registry alone', () => {
    const grade = functionSpec('GRADE');
    const added: FunctionSpec = {
      ...grade,
      parameters: [...grade.parameters, { name: 'desimal', kind: 'value', optional: true, description: { id: 'Jumlah desimal pembulatan.', en: 'Decimals to round to.' } }],
    };
    const registry = FUNCTION_REGISTRY.map((spec) => (spec.id === 'GRADE' ? added : spec));
    for (const lang of LANGS) {
      const parameters = functionsMetadata(lang, registry).functions[0]!.parameters;
      assert.deepEqual(parameters.at(-1), { description: added.parameters.at(-1)!.description[lang], name: 'desimal', optional: true, type: 'any' });
      assert.notEqual(metadataText(lang, registry), metadataText(lang), `${METADATA_FILE[lang]} changes`);
    }
    const docs = functionsReferenceMarkdown(registry);
    assert.ok(docs.includes('`=SAKIP.GRADE(nilai; [batas]; [desimal])`'));
    assert.ok(docs.includes('| `desimal` | opsional | Jumlah desimal pembulatan. |'));
    // The associated function reads its arguments by the registry's parameters: still one predikat per cell.
    assert.deepEqual(excelFunction(added)([[87.34], [90]], 'inklusif', 2), [['A'], ['AA']]);
  });
});
