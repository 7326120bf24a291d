/**
 * The benchmark corpus on disk, cached: `bench-output/corpus/<name>/` holds `kota.xlsx`, the
 * input folder `opd/` and `manifest.json`. A corpus whose manifest matches (format version,
 * seed, count, sizes) is reused as is; a workbook already written for another corpus of the same
 * seed is hard-linked instead of written again (same seed and index: same bytes).
 */
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { citySheets } from '../../scripts/sample-city/city-sheets';
import { YEAR } from '../../scripts/sample-city/city-data';
import { writeWorkbook } from '../../scripts/sample-city/xlsx-writer';
import { BENCH_MONTH, dataRowsOf, opdSheets, syntheticKode, syntheticOpdMonth, syntheticSpec, type SyntheticOpdSize } from './synthetic-opd';

/** Bump when the generator's output changes: cached corpora are then rewritten. */
export const CORPUS_VERSION = 1;
export const DEFAULT_SEED = 20250601;

export interface CorpusFile {
  readonly file: string;
  readonly bytes: number;
  /** Rows under the header (label rows of Profil) over all five sheets. */
  readonly dataRows: number;
  readonly indicators: number;
  readonly pohonNodes: number;
}

export interface Corpus {
  readonly version: number;
  readonly name: string;
  readonly seed: number;
  readonly count: number;
  /** Fixed size of every workbook, or absent for the default 30–200 / 50–300 spread. */
  readonly size?: SyntheticOpdSize;
  readonly dir: string;
  readonly cityFile: string;
  readonly inputDir: string;
  /** The reporting period of every workbook, `yyyy-mm`. */
  readonly period: string;
  readonly files: readonly CorpusFile[];
  readonly dataRows: number;
  readonly bytes: number;
  /** Seconds it took to write (0 when reused from the cache). */
  readonly generationSeconds: number;
  /** Workbooks written / linked from another corpus when generated. */
  readonly written: number;
  readonly linked: number;
}

export interface CorpusRequest {
  readonly root: string;
  readonly name: string;
  readonly count: number;
  readonly seed?: number;
  readonly size?: SyntheticOpdSize;
  /** Other corpus folders (same root) to link identical workbooks from. */
  readonly siblings?: readonly string[];
  readonly onProgress?: (done: number, total: number) => void;
}

const opdFile = (index: number): string => `${syntheticKode(index)}-${YEAR}-${String(BENCH_MONTH).padStart(2, '0')}.xlsx`;
const dateOf = (index: number): Date => new Date(Date.UTC(YEAR, BENCH_MONTH, 3 + (index % 5), 9));

type Manifest = Omit<Corpus, 'dir' | 'cityFile' | 'inputDir' | 'period' | 'generationSeconds' | 'written' | 'linked'> & { readonly generationSeconds: number };

const sameSize = (a?: SyntheticOpdSize, b?: SyntheticOpdSize): boolean => a?.indicators === b?.indicators && a?.pohonNodes === b?.pohonNodes;

async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

async function cached(dir: string, request: CorpusRequest, seed: number): Promise<Manifest | undefined> {
  const manifest = await readManifest(dir);
  if (!manifest || manifest.version !== CORPUS_VERSION || manifest.seed !== seed || manifest.count !== request.count || !sameSize(manifest.size, request.size)) return undefined;
  if (!existsSync(join(dir, 'kota.xlsx'))) return undefined;
  for (const f of manifest.files) {
    const info = await stat(join(dir, 'opd', f.file)).catch(() => undefined);
    if (!info || info.size !== f.bytes) return undefined;
  }
  return manifest;
}

/** A sibling corpus's entry for the same workbook, when its manifest says it is identical. */
async function siblingSources(request: CorpusRequest, seed: number): Promise<Map<string, { path: string; entry: CorpusFile }>> {
  const found = new Map<string, { path: string; entry: CorpusFile }>();
  for (const name of request.siblings ?? []) {
    const dir = join(request.root, name);
    const manifest = await readManifest(dir);
    if (!manifest || manifest.version !== CORPUS_VERSION || manifest.seed !== seed || !sameSize(manifest.size, request.size)) continue;
    for (const entry of manifest.files) {
      const path = join(dir, 'opd', entry.file);
      if (!found.has(entry.file) && (await stat(path).catch(() => undefined))?.size === entry.bytes) found.set(entry.file, { path, entry });
    }
  }
  return found;
}

export async function ensureCorpus(request: CorpusRequest): Promise<Corpus> {
  const seed = request.seed ?? DEFAULT_SEED;
  const dir = join(request.root, request.name);
  const paths = { dir, cityFile: join(dir, 'kota.xlsx'), inputDir: join(dir, 'opd'), period: `${YEAR}-${String(BENCH_MONTH).padStart(2, '0')}` };
  const hit = await cached(dir, request, seed);
  if (hit) return { ...hit, ...paths, generationSeconds: 0, written: 0, linked: 0 };

  const started = performance.now();
  await rm(dir, { recursive: true, force: true });
  await mkdir(paths.inputDir, { recursive: true });
  const siblings = await siblingSources(request, seed);
  const files: CorpusFile[] = [];
  let written = 0;
  let linked = 0;
  for (let index = 0; index < request.count; index++) {
    const file = opdFile(index);
    const target = join(paths.inputDir, file);
    const sibling = siblings.get(file);
    if (sibling) {
      await link(sibling.path, target).catch(() => copyFile(sibling.path, target));
      files.push(sibling.entry);
      linked++;
    } else {
      const month = syntheticOpdMonth(seed, index, request.size);
      const sheets = opdSheets(month);
      await writeWorkbook(target, sheets, { creator: month.spec.nama, date: dateOf(index) });
      files.push({ file, bytes: (await stat(target)).size, dataRows: dataRowsOf(sheets), indicators: month.spec.indicators.length, pohonNodes: month.pohon.length });
      written++;
    }
    request.onProgress?.(index + 1, request.count);
  }
  // The city lists exactly the corpus's OPDs (indicators do not matter to the city workbook).
  const specs = Array.from({ length: request.count }, (_, index) => syntheticSpec(index, []));
  await writeWorkbook(paths.cityFile, citySheets(specs), { creator: 'Bagian Organisasi', date: new Date(Date.UTC(YEAR, 0, 15, 8)) });

  const manifest: Manifest = {
    version: CORPUS_VERSION,
    name: request.name,
    seed,
    count: request.count,
    ...(request.size ? { size: request.size } : {}),
    files,
    dataRows: files.reduce((sum, f) => sum + f.dataRows, 0),
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    generationSeconds: (performance.now() - started) / 1000,
  };
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return { ...manifest, ...paths, written, linked };
}
