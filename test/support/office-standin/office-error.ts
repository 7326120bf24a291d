/** `OfficeExtension.Error` as Excel raises it: a code, a message and debug info. */

export type OfficeErrorCode = 'PropertyNotLoaded' | 'ItemNotFound' | 'InvalidArgument' | 'InvalidObjectPath' | 'InvalidReference' | 'NotImplemented';

export class OfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: OfficeErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export const propertyNotLoaded = (property: string, where: string): OfficeError =>
  new OfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${where}.${property}`,
  );

export const itemNotFound = (what: string): OfficeError =>
  new OfficeError('ItemNotFound', `The requested resource doesn't exist. (${what})`, what);

export const invalidArgument = (what: string): OfficeError =>
  new OfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${what})`, what);

export const invalidObjectPath = (what: string): OfficeError =>
  new OfficeError(
    'InvalidObjectPath',
    `The object path '${what}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
    what,
  );

export const notImplemented = (what: string): OfficeError =>
  new OfficeError('NotImplemented', `The Office.js stand-in does not implement ${what}; add it to test/support/office-standin.`, what);
