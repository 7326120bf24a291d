/// <reference types="custom-functions-runtime" />
/**
 * Implementation results → what Excel expects: a failure becomes `CustomFunctions.Error`
 * (`#VALUE!` / `#N/A` with the Indonesian message). A failure of the whole call is thrown; a
 * failure of one cell of a spilled range stands in that cell, so the other cells still show.
 */
import { isFailure, type Failure } from './failure';
import { mapMatrix, type Matrix } from './matrix';

export function excelError(failure: Failure): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[failure.code], failure.message);
}

export function scalarResult<T>(result: T | Failure): T {
  if (isFailure(result)) throw excelError(result);
  return result;
}

export function spillResult<T>(result: Matrix<T | Failure> | Failure): Matrix<T | CustomFunctions.Error> {
  if (isFailure(result)) throw excelError(result);
  return mapMatrix(result, (cell) => (isFailure(cell) ? excelError(cell) : cell));
}
