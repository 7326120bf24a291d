/**
 * Which model an OPD workbook is scored with: the one its Profil names (shipped, or the city's
 * custom model by name); with a city, it must be the city's model.
 */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import type { EvaluationModel } from '../models/model';
import { DEFAULT_MODEL, findModel, SHIPPED_MODELS } from '../models/registry';
import type { CityConfig } from '../parse/city-config';
import { normalizeName } from '../table/cells';
import type { OpdWorkbook } from '../parse/opd-workbook-model';

export interface ResolvedModel {
  readonly model: EvaluationModel;
  readonly findings: Finding[];
}

export function resolveModel(wb: OpdWorkbook, city: CityConfig | undefined): ResolvedModel {
  const fallback = city?.model ?? DEFAULT_MODEL;
  const profil = wb.profil;
  if (!profil) return { model: fallback, findings: [] };
  const where = { file: wb.file, sheet: wb.profilSheet, ...(profil.cells.model ? { cell: profil.cells.model } : {}) };
  const named = city && normalizeName(city.model.id).replace(/\s/g, '') === normalizeName(profil.model).replace(/\s/g, '') ? city.model : findModel(profil.model);
  if (!named) {
    const known = [...SHIPPED_MODELS.map((m) => m.id), ...(city && !findModel(city.model.id) ? [city.model.id] : [])];
    return { model: fallback, findings: [makeFinding('PROFIL_MODEL_UNKNOWN', where, { model: profil.model, known })] };
  }
  if (city && named !== city.model) {
    return { model: named, findings: [makeFinding('MODEL_MISMATCH', where, { model: named.id, expected: city.model.id })] };
  }
  return { model: named, findings: [] };
}
