/**
 * A registry entry (function-spec.ts) made callable as Excel calls it: `evaluate` reads the
 * once-per-call arguments (a failure fails the call), spreads the single-cell implementation over
 * the `cells` arguments (one cell or ranges of one shape) and returns values and failures;
 * `excelFunction` turns those failures into `CustomFunctions.Error` (excel-result.ts).
 */
import { scalarResult, spillResult } from './excel-result';
import { isFailure, type Failure } from './failure';
import type { FunctionSpec } from './function-spec';
import { asMatrix, cellOf, commonShape, type Matrix } from './matrix';

type AnyImplementation = (...args: unknown[]) => unknown;

/** The arguments as the implementation takes them: read (`read`), or a failure of the call. */
function readArguments(spec: FunctionSpec, args: readonly unknown[]): unknown[] | Failure {
  const read: unknown[] = [];
  for (const [i, parameter] of spec.parameters.entries()) {
    const raw = args[i];
    const value = parameter.read && parameter.kind !== 'cells' ? parameter.read(raw) : raw;
    if (isFailure(value)) return value;
    read.push(value);
  }
  return read;
}

/** The function's result before Excel: a number, a range of values and failures, or a failure. */
export function evaluate(spec: FunctionSpec, args: readonly unknown[]): Matrix<unknown> | unknown | Failure {
  const read = readArguments(spec, args);
  if (isFailure(read)) return read;
  if (spec.result === 'number') return (spec.compute as AnyImplementation)(...read);
  const ranges = new Map<number, Matrix<unknown>>();
  for (const [i, parameter] of spec.parameters.entries()) if (parameter.kind === 'cells') ranges.set(i, asMatrix(read[i]));
  const shape = commonShape([...ranges].map(([i, matrix]) => ({ name: spec.parameters[i]!.name, matrix })));
  if (isFailure(shape)) return shape;
  const cell = spec.cell as AnyImplementation;
  const out: unknown[][] = [];
  for (let r = 0; r < shape.rows; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < shape.columns; c++) row.push(cell(...read.map((value, i) => (ranges.has(i) ? cellOf(ranges.get(i)!, r, c) : value))));
    out.push(row);
  }
  return out;
}

/** The function Excel calls (associated with its id in functions.ts). */
export function excelFunction(spec: FunctionSpec): (...args: unknown[]) => unknown {
  if (spec.result === 'number') return (...args: unknown[]) => scalarResult(evaluate(spec, args) as number | Failure);
  return (...args: unknown[]) => spillResult(evaluate(spec, args) as Matrix<unknown> | Failure);
}
