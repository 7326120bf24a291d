/**
 * Excel hands a range argument over as rows of cells (`any[][]`) and spills a returned array
 * of the same shape. A single value is a 1 × 1 range.
 */
import { FUNCTION_ARGUMENT_MESSAGES, rangeSize } from '../../shared';
import { invalid, type Failure } from './failure';

export type Matrix<T> = T[][];

export interface Shape {
  readonly rows: number;
  readonly columns: number;
}

/** A range argument as rows; anything that is not an array of arrays is one cell. */
export function asMatrix(raw: unknown): Matrix<unknown> {
  if (Array.isArray(raw) && raw.every((row) => Array.isArray(row))) return raw as unknown[][];
  return [[raw]];
}

export function shapeOf(matrix: Matrix<unknown>): Shape {
  return { rows: matrix.length, columns: matrix[0]?.length ?? 0 };
}

export const sameShape = (a: Shape, b: Shape): boolean => a.rows === b.rows && a.columns === b.columns;

export function mapMatrix<T, U>(matrix: Matrix<T>, fn: (cell: T, row: number, column: number) => U): Matrix<U> {
  return matrix.map((line, r) => line.map((cell, c) => fn(cell, r, c)));
}

/** The Indonesian message for two ranges that should be the same size. */
export function rangesDiffer(first: string, firstShape: Shape, second: string, secondShape: Shape): Failure {
  return invalid(
    FUNCTION_ARGUMENT_MESSAGES.RANGES_DIFFER.id({
      first,
      second,
      firstSize: rangeSize(firstShape.rows, firstShape.columns),
      secondSize: rangeSize(secondShape.rows, secondShape.columns),
    }),
  );
}

/**
 * The common shape of ranges where each is either one cell or that shape (a single value
 * applies to every cell); a failure naming the first pair that disagrees.
 */
export function commonShape(ranges: readonly { readonly name: string; readonly matrix: Matrix<unknown> }[]): Shape | Failure {
  let widest: { name: string; shape: Shape } | undefined;
  for (const range of ranges) {
    const shape = shapeOf(range.matrix);
    if (shape.rows === 1 && shape.columns === 1) continue;
    if (!widest) widest = { name: range.name, shape };
    else if (!sameShape(widest.shape, shape)) return rangesDiffer(widest.name, widest.shape, range.name, shape);
  }
  return widest?.shape ?? { rows: 1, columns: 1 };
}

/** The cell of `matrix` at (r, c), or its only cell when it is 1 × 1. */
export function cellOf(matrix: Matrix<unknown>, r: number, c: number): unknown {
  const single = matrix.length === 1 && matrix[0]?.length === 1;
  return single ? matrix[0]![0] : matrix[r]?.[c];
}
