/**
 * One synthetic OPD of the benchmark corpus, built from the sample city's parts
 * (scripts/sample-city/): same sheets, same staff habits, same writer. Only the size differs:
 * 30–200 indicators (or any count asked), a 50–300 node performance tree, 80 LKE criteria.
 * Deterministic: the same seed and index give the same workbook bytes.
 */
import { YEAR } from '../../scripts/sample-city/city-data';
import type { IndicatorSpec } from '../../scripts/sample-city/indicator-spec';
import { indicatorSeries } from '../../scripts/sample-city/kinerja-series';
import { kinerjaSheet } from '../../scripts/sample-city/kinerja-sheet';
import { lkeAnswersByMonth } from '../../scripts/sample-city/lke-answers';
import { lkeSheet } from '../../scripts/sample-city/lke-sheet';
import { OPD_CATALOGUE, type OpdSpec } from '../../scripts/sample-city/opd-catalogue';
import type { OpdMonth } from '../../scripts/sample-city/opd-month';
import type { PohonRow } from '../../scripts/sample-city/pohon-rows';
import { pohonSheet } from '../../scripts/sample-city/pohon-sheet';
import { createRng, type Rng } from '../../scripts/sample-city/prng';
import { profilSheet } from '../../scripts/sample-city/profil-sheet';
import { rekomendasiByMonth } from '../../scripts/sample-city/rekomendasi-progress';
import { rekomendasiSheet } from '../../scripts/sample-city/rekomendasi-sheet';
import type { OpdRole, Quality } from '../../scripts/sample-city/roles';
import type { SampleSheet } from '../../scripts/sample-city/sheet-data';

/** The reporting month of the corpus: December, so every monthly realisasi column is filled. */
export const BENCH_MONTH = 12;

/** Every indicator of the sample catalogue: the pool synthetic OPDs draw theirs from. */
const INDICATOR_POOL: readonly IndicatorSpec[] = OPD_CATALOGUE.flatMap((opd) => opd.indicators);
const SASARAN_KOTA = [...new Set(OPD_CATALOGUE.map((opd) => opd.sasaranKota))];
const OUTPUT_TEXTS = [
  'Tersedianya dokumen perencanaan, pengukuran, dan pelaporan kinerja',
  'Terlaksananya layanan administrasi perkantoran',
  'Terselenggaranya pembinaan dan pengawasan teknis',
  'Tersedianya data dan informasi sektoral yang mutakhir',
  'Terlaksananya fasilitasi dan koordinasi program lintas sektor',
];
const BIDANG = ['Sekretaris', 'Kepala Bidang Program', 'Kepala Bidang Layanan', 'Kepala Bidang Pengembangan', 'Kepala Seksi Data'];

export interface SyntheticOpdSize {
  readonly indicators: number;
  readonly pohonNodes: number;
}

/** The OPD's code in a corpus: `OPD-0001`, … (sorted like the files). */
export const syntheticKode = (index: number): string => `OPD-${String(index + 1).padStart(4, '0')}`;

export function syntheticSpec(index: number, indicators: readonly IndicatorSpec[]): OpdSpec {
  const base = OPD_CATALOGUE[index % OPD_CATALOGUE.length]!;
  return {
    kode: syntheticKode(index),
    nama: `${base.nama} ${Math.floor(index / OPD_CATALOGUE.length) + 1}`,
    sasaranKota: base.sasaranKota,
    sasaranOpd: base.sasaranOpd,
    kepala: base.kepala,
    indicators,
  };
}

/** The default spread of sizes: 30–200 indicators, 50–300 tree nodes. */
export function drawSize(rng: Rng): SyntheticOpdSize {
  return { indicators: rng.int(30, 200), pohonNodes: rng.int(50, 300) };
}

function drawRole(rng: Rng): OpdRole {
  const roll = rng.next();
  const quality: Quality = roll < 0.25 ? 'strong' : roll < 0.9 ? 'medium' : 'weak';
  return {
    quality,
    ...(rng.chance(0.3) ? { improving: true } : {}),
    ...(rng.chance(0.15) ? { numbersAsText: true } : {}),
    ...(rng.chance(0.15) ? { numberColumn: true } : {}),
  };
}

/** A tree of `count` nodes: one Outcome Antara, ~count/6 Outcome Langsung, the rest Outputs. */
function pohonRows(spec: OpdSpec, count: number, rng: Rng): PohonRow[] {
  const rows: PohonRow[] = [{ kode: 'P1', kodeInduk: spec.sasaranKota, level: 'Outcome Antara', uraian: spec.sasaranOpd, penanggungJawab: spec.kepala }];
  const outcomes = Math.max(1, Math.round((count - 1) / 6));
  for (let o = 1; o <= outcomes && rows.length < count; o++) {
    const indicator = rng.pick(INDICATOR_POOL);
    rows.push({ kode: `P1.${o}`, kodeInduk: 'P1', level: 'Outcome Langsung', uraian: `Meningkatnya capaian ${indicator.nama.toLowerCase()}`, penanggungJawab: BIDANG[o % BIDANG.length]! });
  }
  for (let k = 0; rows.length < count; k++) {
    const parent = 1 + (k % outcomes);
    const child = 1 + Math.floor(k / outcomes);
    rows.push({
      kode: `P1.${parent}.${child}`,
      kodeInduk: `P1.${parent}`,
      level: 'Output',
      uraian: `${rng.pick(OUTPUT_TEXTS)} (${child})`,
      penanggungJawab: `Kepala Subbagian ${BIDANG[(parent + child) % BIDANG.length]!.replace(/^Kepala /, '')}`,
    });
  }
  return rows;
}

/** The December workbook data of synthetic OPD `index`. */
export function syntheticOpdMonth(seed: number, index: number, size?: SyntheticOpdSize): OpdMonth {
  const rng = createRng(seed).fork(`opd-${index}`);
  const { indicators: indicatorCount, pohonNodes } = size ?? drawSize(rng.fork('size'));
  const role = drawRole(rng.fork('role'));
  const pickRng = rng.fork('indicators');
  const indicators = Array.from({ length: indicatorCount }, () => pickRng.pick(INDICATOR_POOL));
  const spec = syntheticSpec(index, indicators);
  const pohon = pohonRows(spec, pohonNodes, rng.fork('pohon'));
  const nodeRng = rng.fork('links');
  const indicatorNodes = indicators.map(() => pohon[nodeRng.int(0, Math.min(pohon.length, 60) - 1)]!.kode);
  const answers = lkeAnswersByMonth(role, [BENCH_MONTH], rng.fork('lke'))[0]!;
  const series = indicators.map((indicator, i) => indicatorSeries(indicator, role.quality, rng.fork(`kinerja-${i}`)));
  const rekomendasi = rekomendasiByMonth(role.quality, 1, rng.fork('rekomendasi'))[0]!;
  return {
    spec,
    role,
    position: index,
    year: YEAR,
    month: BENCH_MONTH,
    answers,
    cachedAnswers: answers,
    series,
    pohon,
    indicatorNodes,
    rekomendasi,
  };
}

export function opdSheets(m: OpdMonth): SampleSheet[] {
  return [profilSheet(m), lkeSheet(m), kinerjaSheet(m), pohonSheet(m), rekomendasiSheet(m)];
}

/** Rows under the header (or the label rows of Profil) of every sheet: the "data rows". */
export function dataRowsOf(sheets: readonly SampleSheet[]): number {
  return sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
}

export { SASARAN_KOTA };
