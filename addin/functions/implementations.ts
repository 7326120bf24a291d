/**
 * What each `=SAKIP.*` function computes, as plain functions over Excel's argument values: the
 * readers of arguments that hold for the whole call (`read…`: a bad one fails the call) and the
 * single-cell implementations (`…Cell`: one cell of each range argument in, one result cell out),
 * or, for the functions that score whole ranges, the whole computation. Each reads its arguments
 * with the reading rules of `shared/`, calls `shared/` and returns a value or a `Failure`. No Excel
 * here: the registry (`registry.ts`) names them and `excel-function.ts` spills them over ranges and
 * turns failures into `CustomFunctions.Error`.
 */
import { capaian as capaianOf, capaianCategory as categoryOf, NO_VALUE_REASONS, parsePolarity, type Polarity, catalogue, FUNCTION_ARGUMENT_MESSAGES as MESSAGES, findComponent, ANSWER_TYPES, type AnswerType, type EvaluationModel, DEFAULT_MODEL, findModel, SHIPPED_MODELS, parseNumberText, allowedAnswers, parseAnswer, INFERENCE_ORDER, inferAnswerType, parseAnswerType, gradeScore, isPredikat, labelOf, parseBoundMode, pointsToNextGrade, PREDIKAT_TABLE, type BoundMode, type GradeResult, scoreLke, type LkeScore } from '../../shared';
import { errorCellFailure, readNumberArgument, readTargetArgument, readTextArgument } from './cell-argument';
import { invalid, isFailure, notAvailable, type Failure } from './failure';
import { asMatrix, rangesDiffer, sameShape, shapeOf } from './matrix';

export type Cell<T> = T | Failure;

const BOUND_MODES: readonly BoundMode[] = ['eksklusif', 'inklusif'];
const POLARITY_TEXTS = ['Positif', 'Negatif', '+', '-'];
const PREDIKATS = PREDIKAT_TABLE.map((band) => band.predikat);

/** An optional text argument; omitted (null/undefined) is `""`. */
const optionalText = readTextArgument;

/** `batas`: `eksklusif` (omitted) or `inklusif`. */
export function readBoundMode(raw: unknown): BoundMode | Failure {
  const text = optionalText(raw);
  const mode = parseBoundMode(text);
  return mode ?? invalid(catalogue.VALUE_NOT_ALLOWED.id({ field: 'Batas', value: text, allowed: BOUND_MODES }));
}

/** A score 0..100 of one cell, rounded to 2 decimals, graded; blank, text and out-of-range fail. */
function gradeOf(raw: unknown, mode: BoundMode): Cell<Extract<GradeResult, { ok: true }>> {
  const score = readNumberArgument(raw, 'Nilai');
  if (isFailure(score)) return score;
  const result = gradeScore(score, mode);
  return result.ok ? result : invalid(result.message.id);
}

/** GRADE: one score → its predikat `AA`…`D`. */
export function gradeCell(raw: unknown, mode: BoundMode): Cell<string> {
  const result = gradeOf(raw, mode);
  return isFailure(result) ? result : result.predikat;
}

/** LABEL: one predikat or score → `Sangat Memuaskan` …. */
export function labelCell(raw: unknown): Cell<string> {
  const text = typeof raw === 'string' ? raw.trim() : '';
  const upper = text.toUpperCase();
  if (isPredikat(upper)) return labelOf(upper);
  if (text !== '' && !parseNumberText(text).ok) {
    return invalid(catalogue.VALUE_NOT_ALLOWED.id({ field: 'Predikat', value: text, allowed: PREDIKATS }));
  }
  const result = gradeOf(raw, 'eksklusif');
  return isFailure(result) ? result : result.label;
}

/** NEXTGRADE: one score → points still needed for the next better predikat (0 at AA). */
export function nextGradeCell(raw: unknown, mode: BoundMode): Cell<number> {
  const score = readNumberArgument(raw, 'Nilai');
  if (isFailure(score)) return score;
  const points = pointsToNextGrade(score, mode);
  return typeof points === 'number' ? points : invalid(points.message.id);
}

// The answers an untyped ANSWER() can infer a type from (scoring.md §2).
const EVERY_ANSWER = [...new Set(INFERENCE_ORDER.flatMap((type) => allowedAnswers(type)))];

/** `tipe`: an answer type, or `null` (omitted) to infer it from each answer. */
export function readAnswerType(raw: unknown): AnswerType | null | Failure {
  const typeText = optionalText(raw);
  if (typeText === '') return null;
  const given = parseAnswerType(typeText);
  return given ?? invalid(catalogue.VALUE_NOT_ALLOWED.id({ field: 'Tipe', value: typeText, allowed: ANSWER_TYPES }));
}

/** ANSWER: one answer → criterion value 0..1; the type is inferred when not given. */
export function answerCell(raw: unknown, given: AnswerType | null): Cell<number> {
  const error = errorCellFailure(raw, 'Jawaban');
  if (error) return error;
  const text = readTextArgument(raw);
  if (text === '') return notAvailable(MESSAGES.ANSWER_BLANK.id({}));
  const type = given ?? inferAnswerType(text);
  if (type === undefined) {
    return invalid(catalogue.VALUE_NOT_ALLOWED.id({ field: 'Jawaban', value: text, allowed: EVERY_ANSWER }));
  }
  const parsed = parseAnswer(text, type);
  if (parsed.kind === 'valid') return parsed.value;
  return invalid(MESSAGES.ANSWER_NOT_OF_TYPE.id({ jawaban: text, tipe: type, allowed: allowedAnswers(type) }));
}

function modelOf(raw: unknown): EvaluationModel | Failure {
  const text = optionalText(raw);
  if (text === '') return DEFAULT_MODEL;
  const model = findModel(text);
  return model ?? invalid(catalogue.PROFIL_MODEL_UNKNOWN.id({ model: text, known: SHIPPED_MODELS.map((m) => m.id) }));
}

/**
 * Scores the answers of two same-size ranges (criterion codes, answers) on a model. Rows with
 * neither are skipped; a blank answer is unanswered (counts 0); an unknown or repeated code, an
 * answer without a code, or an answer invalid for its criterion fails, naming the code.
 */
function scoreRanges(kode: unknown, jawaban: unknown, model: EvaluationModel): LkeScore | Failure {
  const codes = asMatrix(kode);
  const answers = asMatrix(jawaban);
  if (!sameShape(shapeOf(codes), shapeOf(answers))) return rangesDiffer('kode', shapeOf(codes), 'jawaban', shapeOf(answers));
  const types = new Map(model.criteria.map((c): [string, AnswerType] => [c.code, c.type]));
  const values = new Map<string, number>();
  const seen = new Set<string>();
  for (const [r, line] of codes.entries()) {
    for (const [c, rawCode] of line.entries()) {
      const rawAnswer = answers[r]?.[c];
      const error = errorCellFailure(rawCode, 'Kode') ?? errorCellFailure(rawAnswer, 'Jawaban');
      if (error) return error;
      const code = readTextArgument(rawCode);
      const text = readTextArgument(rawAnswer);
      if (code === '' && text === '') continue;
      if (code === '') return invalid(MESSAGES.ANSWER_WITHOUT_CODE.id({ jawaban: text }));
      const type = types.get(code);
      if (type === undefined) return invalid(catalogue.LKE_CODE_UNKNOWN.id({ kode: code, model: model.id }));
      if (seen.has(code)) return invalid(MESSAGES.CODE_REPEATED.id({ kode: code }));
      seen.add(code);
      const parsed = parseAnswer(text, type);
      if (parsed.kind === 'invalid') {
        return invalid(catalogue.LKE_ANSWER_INVALID.id({ kode: code, jawaban: parsed.text, tipe: type, allowed: allowedAnswers(type) }));
      }
      if (parsed.kind === 'valid') values.set(code, parsed.value);
    }
  }
  return scoreLke(model, values);
}

/** SCORE(kode, jawaban, [model]) → LKE total 0..100 (full precision), from the whole ranges. */
export function score(kode: unknown, jawaban: unknown, model?: unknown): number | Failure {
  const evaluation = modelOf(model);
  if (isFailure(evaluation)) return evaluation;
  const result = scoreRanges(kode, jawaban, evaluation);
  return isFailure(result) ? result : result.total;
}

/** COMPONENT(kode, jawaban, komponen, [model]) → one component's score, from the whole ranges; komponen by number or name. */
export function component(kode: unknown, jawaban: unknown, komponen: unknown, model?: unknown): number | Failure {
  const evaluation = modelOf(model);
  if (isFailure(evaluation)) return evaluation;
  const key = typeof komponen === 'number' ? komponen : readTextArgument(komponen);
  if (key === '') return invalid(catalogue.REQUIRED_VALUE_MISSING.id({ field: 'Komponen' }));
  const wanted = findComponent(evaluation, key);
  if (!wanted) {
    const known = evaluation.components.map((c) => `${c.number} ${c.shortName}`);
    return invalid(MESSAGES.COMPONENT_UNKNOWN.id({ komponen: String(key), model: evaluation.id, known }));
  }
  const result = scoreRanges(kode, jawaban, evaluation);
  if (isFailure(result)) return result;
  return result.components.find((c) => c.number === wanted.number)!.score;
}

/** `batas_atas`: a cap above 0, or `null` (omitted) for none. */
export function readCap(raw: unknown): number | null | Failure {
  const cap = readNumberArgument(raw, 'Batas atas');
  if (isFailure(cap) || cap === null) return cap;
  return cap > 0 ? cap : invalid(MESSAGES.CAP_NOT_POSITIVE.id({ value: cap }));
}

function polarityOf(raw: unknown): Polarity | Failure {
  const error = errorCellFailure(raw, 'Polaritas');
  if (error) return error;
  const text = readTextArgument(raw);
  if (text === '') return 'positif';
  return parsePolarity(text) ?? invalid(catalogue.VALUE_NOT_ALLOWED.id({ field: 'Polaritas', value: text, allowed: POLARITY_TEXTS }));
}

/**
 * CAPAIAN: one target, realisasi and polaritas → capaian in %; polaritas defaults to Positif; no
 * cap unless given. An undefined capaian is `#N/A` with the reason.
 */
export function capaianCell(target: unknown, realisasi: unknown, polaritas: unknown, cap: number | null): Cell<number> {
  const polarity = polarityOf(polaritas);
  if (isFailure(polarity)) return polarity;
  const t = readTargetArgument(target, 'Target');
  if (isFailure(t)) return t;
  const value = readNumberArgument(realisasi, 'Realisasi');
  if (isFailure(value)) return value;
  const result = capaianOf(t, value, polarity, { negativeFormula: '2T-R', cap });
  return result.ok ? result.value : notAvailable(NO_VALUE_REASONS[result.reason].id);
}

/** CAPAIANCATEGORY: one capaian in % → `Sangat Tinggi` … `Sangat Rendah` (never a predikat). */
export function capaianCategoryCell(raw: unknown): Cell<string> {
  const value = readNumberArgument(raw, 'Persen');
  if (isFailure(value)) return value;
  if (value === null) return invalid(catalogue.REQUIRED_VALUE_MISSING.id({ field: 'Persen' }));
  return categoryOf(value);
}
