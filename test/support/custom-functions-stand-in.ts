/**
 * A stand-in for the `CustomFunctions` global of Excel's custom functions runtime: the `Error`
 * class, the `ErrorCode` values the add-in uses and `associate`, which records the functions.
 * Importing this module installs it (before the functions module is imported).
 */

export const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
} as const;

export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {
    if (!Object.values(ErrorCode).includes(code as (typeof ErrorCode)[keyof typeof ErrorCode])) {
      throw new TypeError(`unknown error code ${code}`);
    }
  }
}

/** id (upper case) → function, as associated. */
export const associations = new Map<string, Function>();

function associate(idOrMappings: string | Record<string, Function>, fn?: Function): void {
  const entries = typeof idOrMappings === 'string' ? [[idOrMappings, fn] as const] : Object.entries(idOrMappings);
  for (const [id, f] of entries) {
    if (typeof f !== 'function') throw new TypeError(`associate(${id}): not a function`);
    const key = id.toUpperCase();
    if (associations.has(key)) throw new Error(`associate(${id}): already associated`);
    associations.set(key, f);
  }
}

Object.assign(globalThis, { CustomFunctions: { Error: StandInError, ErrorCode, associate } });
