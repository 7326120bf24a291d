/**
 * Writes an LKE page the way wp-eval-sakip exports it to "Excel": the `#cetak` block's HTML saved
 * with an `.xls` name (its `tableHtmlToExcel` puts the element's outerHTML in a `data:` link, so
 * the file starts with a space and `<div`). The shape follows the plugin's page template
 * (`pengisian-lke-sakip-per-skpd`) and its table builder (`get_table_pengisian_lke`): a header of
 * two rows (`Komponen/Sub Komponen` over four columns, `Bobot`, the `Penilaian Perangkat Daerah`
 * band over `Jawaban | Nilai | %`, `Bukti Dukung`, the OPD's notes and kerangka-logis check, and in
 * the "Usulan dan Penetapan" variant the `Penilaian Evaluator` band and the evaluator's notes);
 * component rows lettered `A`…, sub-component rows `a`…, criteria numbered on from 1 within each
 * component; each answer a disabled `<select>` whose selected `<option>` is the answer; numbers
 * written by PHP's `number_format` (`85.71`); every `<td>` with `mso-number-format:\@`.
 * Written from the templates' structure for the tests; none of the plugin's code.
 */
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import type { AnswerType, EvaluationModel } from '../../shared/models/model';
import { answerScale } from '../../shared/scoring/answer-scale';

export type WpVariant = 'usulan' | 'usulan_penetapan';

export interface WpExportOptions {
  readonly variant: WpVariant;
  readonly model?: EvaluationModel;
  /** The OPD's answers by criterion code (`Y`, `T`, `A`…`E`); absent: unanswered. */
  readonly usulan: Readonly<Record<string, string>>;
  /** The evaluator's answers (the "Usulan dan Penetapan" variant). */
  readonly penetapan?: Readonly<Record<string, string>>;
  /** The jadwal hides the evaluator's values from the OPD (`tampil_nilai_penetapan` = 0). */
  readonly hidePenetapan?: boolean;
  readonly namaSkpd?: string;
  readonly tahun?: number;
  /** OPD notes and evidence file names by criterion code. */
  readonly keterangan?: Readonly<Record<string, string>>;
  readonly buktiDukung?: Readonly<Record<string, readonly string[]>>;
}

/** The options of a criterion's `<select>`: its type's answers with their values (wp-eval-sakip: Y/T = 1/0, A–E = 1/0.75/0.5/0.25/0). */
const optionsOf = (type: AnswerType): readonly (readonly [string, number])[] => answerScale(type).map((step) => [step.answer, step.value] as const);

/** PHP's `number_format($x, 2)`: `1,234.50`. */
export function numberFormat2(value: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#039;').replace(/"/g, '&quot;');

const TD = (style: string, content: string, attrs = ''): string => `<td class='${style}'${attrs} style="; mso-number-format:\\@;">${content}</td>`;

function valueOf(type: AnswerType, answer: string | undefined): number | undefined {
  return optionsOf(type).find(([a]) => a === answer)?.[1];
}

function selectHtml(id: string, type: AnswerType, answer: string | undefined): string {
  let options = "<option value=''>Pilih Jawaban</option>";
  for (const [label, value] of optionsOf(type)) {
    options += `<option value='${value}' class='text-center'${answer === label ? ' selected' : ''}>${label}</option>`;
  }
  return `<select id='${id}' disabled>${options}</select>`;
}

interface Totals {
  nilai: number;
  persen: number;
}

/** Sub-component score as wp-eval-sakip computes it (method "rata-rata"): mean of the answer values × weight. */
function subTotal(values: readonly (number | undefined)[], weight: number): Totals {
  if (values.length === 0) return { nilai: 0, persen: 0 };
  const mean = values.reduce<number>((s, v) => s + (v ?? 0), 0) / values.length;
  return { nilai: mean * weight, persen: mean };
}

export interface WpExport {
  readonly html: string;
  /** The page's own totals (`Total Nilai Usulan`, `… Penetapan`), unrounded. */
  readonly totalUsulan: number;
  readonly totalPenetapan: number;
}

export function wpEvalSakipExport(options: WpExportOptions): WpExport {
  const model = options.model ?? MODEL_88_2021;
  const withUsulan = true;
  const withPenetapan = options.variant === 'usulan_penetapan';
  const tahun = options.tahun ?? 2025;
  const nama = options.namaSkpd ?? 'Dinas Kesehatan';
  let tbody = '';
  let totalUsulan = 0;
  let totalPenetapan = 0;
  const penetapanCell = (content: string): string => (options.hidePenetapan ? TD('text-center', ' - ') : TD('text-center', content));

  model.components.forEach((component, k) => {
    let rows = '';
    let counterIsi = 1;
    let komUsulan = 0;
    let komPenetapan = 0;
    component.subComponents.forEach((sub, s) => {
      const criteria = model.criteria.filter((c) => c.component === component.number && c.slot === sub.slot);
      const usulan = subTotal(criteria.map((c) => valueOf(c.type, options.usulan[c.code])), sub.weight);
      const penetapan = subTotal(criteria.map((c) => valueOf(c.type, options.penetapan?.[c.code])), sub.weight);
      komUsulan += usulan.nilai;
      komPenetapan += penetapan.nilai;
      rows += "<tr class='table-active'>";
      rows += TD('text-left', '') + TD('text-left', String.fromCharCode(97 + s)) + TD('text-left', `<b>${escapeHtml(sub.name)}</b>`, " colspan='2'");
      if (withUsulan) {
        rows += TD('text-center', String(sub.weight)) + TD('text-left', '') + TD('text-center', numberFormat2(usulan.nilai)) + TD('text-center', `${numberFormat2(usulan.persen * 100)}%`) + TD('text-center', '', " colspan='3'");
      }
      if (withPenetapan) {
        rows += TD('text-center', '') + penetapanCell(numberFormat2(penetapan.nilai)) + penetapanCell(`${numberFormat2(penetapan.persen * 100)}%`);
        rows += TD('text-left', 'User Penilai: <b>Evaluator Inspektorat</b>', " colspan='3'");
      }
      rows += '</tr>';
      for (const criterion of criteria) {
        const id = criterion.code.replace(/\./g, '');
        const ket = options.keterangan?.[criterion.code] ?? '';
        const bukti = (options.buktiDukung?.[criterion.code] ?? []).map((f) => `<a target="_blank">${escapeHtml(f)}</a>`).join(', ');
        const kerangka = options.usulan[criterion.code] === undefined ? "<td class='text-center table-warning'>Belum Diisi</td>" : "<td class='text-center table-success'>OK</td>";
        rows += `<tr kp-id='${id}'>`;
        rows += TD('text-left', '') + TD('text-left', '') + TD('text-left', String(counterIsi++));
        rows += TD('text-left', `${escapeHtml(criterion.text)}<br><small class='text-muted'> Keterangan : Penjelasan kriteria ${criterion.code}</small>`);
        rows += TD('text-center', '-');
        rows += TD('text-center', selectHtml(`opsiUsulan${id}`, criterion.type, options.usulan[criterion.code]));
        rows += TD('text-center', '-') + TD('text-center', '');
        rows += TD('text-center', `<div class='bukti-dukung-view' kp-id='${id}'>${bukti}</div>`);
        rows += TD('text-center', `<textarea id='keteranganUsulan${id}' disabled>${escapeHtml(ket)}</textarea>`);
        rows += kerangka;
        if (withPenetapan) {
          if (options.hidePenetapan) {
            rows += TD('text-center', `<select id='opsiPenetapan${id}' disabled><option selected> - </option></select>`) + TD('text-center', ' - ');
          } else {
            rows += TD('text-center', selectHtml(`opsiPenetapan${id}`, criterion.type, options.penetapan?.[criterion.code])) + TD('text-center', '-');
          }
          rows += TD('text-center', '') + TD('text-center', `<textarea id='keteranganPenetapan${id}' disabled>${options.hidePenetapan ? ' - ' : ''}</textarea>`);
          rows += options.penetapan?.[criterion.code] === undefined ? "<td class='text-center table-warning'>Belum Diisi</td>" : "<td class='text-center table-success'>OK</td>";
        }
        rows += '</tr>';
      }
    });
    totalUsulan += komUsulan;
    totalPenetapan += komPenetapan;
    tbody += "<tr class='table-active'>";
    tbody += TD('text-left', String.fromCharCode(65 + k)) + TD('text-left', `<b>${escapeHtml(component.name)}</b>`, " colspan='3'") + TD('text-center', String(component.weight));
    if (withUsulan) {
      tbody += TD('text-left', '') + TD('text-center', numberFormat2(komUsulan)) + TD('text-center', `${numberFormat2((komUsulan / component.weight) * 100)}%`) + TD('text-center', '', " colspan='3'");
    }
    if (withPenetapan) {
      tbody += TD('text-center', '') + penetapanCell(numberFormat2(komPenetapan)) + penetapanCell(`${numberFormat2((komPenetapan / component.weight) * 100)}%`);
      tbody += TD('text-center', '', " colspan='3'");
    }
    tbody += '</tr>' + rows;
  });

  const head2 = (label: string): string => `<th class="text-center" rowspan="2" style="vertical-align: middle; width: 240px;">${label}</th>`;
  let header = '<tr><th class="text-center" rowspan="2" colspan="4" style="vertical-align: middle;">Komponen/Sub Komponen</th>';
  header += '<th class="text-center" rowspan="2" style="vertical-align: middle;">Bobot</th>';
  header += '<th class="text-center" colspan="3">Penilaian Perangkat Daerah</th>';
  header += head2('Bukti Dukung') + head2('Keterangan Perangkat Daerah') + head2('Kerangka Logis Perangkat Daerah');
  if (withPenetapan) header += '<th class="text-center" colspan="3">Penilaian Evaluator</th>' + head2('Keterangan Evaluator') + head2('Kerangka Logis Evaluator');
  header += '</tr><tr><th class="text-center">Jawaban</th><th class="text-center">Nilai</th><th class="text-center">%</th>';
  if (withPenetapan) header += '<th class="text-center">Jawaban</th><th class="text-center">Nilai</th><th class="text-center">%</th>';
  header += '</tr>';

  const info = (label: string, id: string, value: string): string =>
    `<div class="info-section"><span class="label">${label}</span><span class="value" id="${id}">${value}</span></div>`;
  const html =
    ` <div class="container-md" id="cetak" title="Pengisian LKE SAKIP (${tahun})">` +
    `<div style="padding: 10px;"><h1 class="text-center">Pengisian LKE SAKIP<br>${escapeHtml(nama)}<br>Evaluasi SAKIP ${tahun} (${tahun})</h1></div>` +
    '<div class="action-section" style="display: flex; justify-content: center; align-items: center; margin-bottom: 20px;">' +
    '<div id="action-sakip" class="hide-print text-white"><a id="excel" onclick="return false;" class="btn btn-success"><span class="dashicons dashicons-media-spreadsheet"></span>Download Excel</a></div></div>' +
    '<div class="container">' +
    info('Total Nilai Usulan:', 'nilaiUsulanTotal', numberFormat2(totalUsulan)) +
    (withPenetapan ? info('Total Nilai Penetapan:', 'nilaiPenetapanTotal', options.hidePenetapan ? '-' : numberFormat2(totalPenetapan)) : '') +
    '</div><div class="wrap-table">' +
    `<table id="table_pengisian_sakip" cellpadding="2" cellspacing="0" style="font-family:'Open Sans',-apple-system,BlinkMacSystemFont,'Segoe UI',sans-serif; border-collapse: collapse; width:100%; overflow-wrap: break-word;" class="table table-bordered">` +
    `<thead>${header}</thead><tbody>${tbody}</tbody></table></div></div>`;
  return { html, totalUsulan, totalPenetapan };
}
