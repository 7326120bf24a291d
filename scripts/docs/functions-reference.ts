/**
 * docs/functions.md, the `=SAKIP.*` reference, rendered from the function registry
 * (addin/functions/registry.ts): the table of functions, and per function its heading, its
 * signature, its parameters (Indonesian descriptions, required or optional) and the prose of
 * addin/functions/details/<ID>.md (what it computes, rules, tables, examples). A test
 * (test/addin/functions-metadata.test.ts) fails when the page and the registry differ.
 *
 *   npx tsx scripts/docs/functions-reference.ts        rewrites docs/functions.md
 *
 * (or `UPDATE_GOLDEN=1 npx mocha test/addin/functions-metadata.test.ts`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTIONS_NAMESPACE, type FunctionSpec } from '../../addin/functions/function-spec';
import { FUNCTION_REGISTRY } from '../../addin/functions/registry';

const ROOT = join(__dirname, '..', '..');
export const FUNCTIONS_DOC_PATH = join(ROOT, 'docs', 'functions.md');
export const detailsPath = (id: string): string => join(ROOT, 'addin', 'functions', 'details', `${id}.md`);

const INTRO = `# Fungsi SAKIP untuk Excel

<!-- Dibuat dari addin/functions/registry.ts dan addin/functions/details/*.md oleh
     scripts/docs/functions-reference.ts; jangan disunting langsung. -->

Add-in SAKIP Kit menambahkan fungsi lembar kerja dengan awalan \`SAKIP.\`. Semua fungsi memakai
aturan dan pesan yang sama dengan panel pemeriksa dan pipeline konsolidasi kota (kode di
\`shared/\`). Cara memasang add-in: [addin.md](addin.md).

Cara membaca isian:

- Angka boleh diketik sebagai angka atau sebagai teks bergaya Indonesia: \`70,96\`, \`1.000\`,
  \`85%\`. Sel kosong **tidak pernah** dianggap 0.
- Fungsi yang menerima satu nilai juga menerima **rentang**; hasilnya tumpah (*spill*) dengan
  ukuran yang sama. Sel yang salah hanya membuat sel hasilnya sendiri error, sel lain tetap
  dihitung.
- Isian salah menghasilkan \`#VALUE!\` dan capaian yang tidak dapat dihitung menghasilkan \`#N/A\`.
  Arahkan kursor ke tanda error di sel untuk membaca pesannya (dalam bahasa Indonesia).
- Di Excel berbahasa Inggris deskripsi fungsi dan parameternya tampil dalam bahasa Inggris
  (metadata \`functions.en-US.json\`); nama fungsi dan parameternya sama.
`;

const OUTRO = `---

Catatan: pemisah argumen adalah \`;\` pada Excel berpengaturan Indonesia dan \`,\` pada pengaturan
Inggris. Menulis fungsi di Excel berbahasa Inggris sama saja: namanya tetap \`SAKIP.GRADE\` dst.
`;

const qualified = (spec: FunctionSpec): string => `${FUNCTIONS_NAMESPACE}.${spec.id}`;
const anchor = (spec: FunctionSpec): string => `#${qualified(spec).toLowerCase().replace(/\./g, '')}`;

/** `=SAKIP.CAPAIAN(target; realisasi; [polaritas]; [batas_atas])`. */
export function signature(spec: FunctionSpec): string {
  const parameters = spec.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `\`=${qualified(spec)}(${parameters.join('; ')})\``;
}

function section(spec: FunctionSpec, details: string): string {
  const parameters = spec.parameters.map((p) => `| \`${p.name}\` | ${p.optional ? 'opsional' : 'wajib'} | ${p.description.id.replace(/\|/g, '\\|')} |`);
  return [
    `## ${qualified(spec)}`,
    '',
    signature(spec),
    '',
    '| Parameter | | Isi |',
    '|---|---|---|',
    ...parameters,
    '',
    details.trimEnd(),
    '',
  ].join('\n');
}

export function functionsReferenceMarkdown(registry: readonly FunctionSpec[] = FUNCTION_REGISTRY, detailsOf: (id: string) => string = (id) => readFileSync(detailsPath(id), 'utf8')): string {
  const table = ['| Fungsi | Hasil |', '|---|---|', ...registry.map((spec) => `| [\`${qualified(spec)}\`](${anchor(spec)}) | ${spec.summary.id} |`)];
  return [INTRO, table.join('\n'), '', ...registry.map((spec) => section(spec, detailsOf(spec.id))), OUTRO].join('\n');
}

if (require.main === module) {
  writeFileSync(FUNCTIONS_DOC_PATH, functionsReferenceMarkdown());
  console.log(`Ditulis: ${FUNCTIONS_DOC_PATH}`);
}
