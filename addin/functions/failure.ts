/**
 * Why a function gives no value: `invalidValue` (Excel `#VALUE!`, bad input) or `notAvailable`
 * (`#N/A`, e.g. a capaian that is not defined), with the Indonesian message Excel shows beside it.
 * Plain data, so the implementations run and test without Excel.
 */

export type FailureCode = 'invalidValue' | 'notAvailable';

export class Failure {
  constructor(
    readonly code: FailureCode,
    readonly message: string,
  ) {}
}

export const invalid = (message: string): Failure => new Failure('invalidValue', message);
export const notAvailable = (message: string): Failure => new Failure('notAvailable', message);

export const isFailure = (value: unknown): value is Failure => value instanceof Failure;
