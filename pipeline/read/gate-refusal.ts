/**
 * Why the gate refuses a file, in both languages. `unsupported` becomes a FILE_FORMAT_UNSUPPORTED
 * finding (another format: .xls, .ods…); `encrypted` a FILE_PASSWORD_PROTECTED finding;
 * `unreadable` a FILE_UNREADABLE finding (damaged, not a workbook, or refused as unsafe).
 */
import { makeFinding, type Finding } from '../../shared';

export type GateRefusal =
  | { readonly kind: 'unsupported'; readonly format: string; readonly formatEn: string }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'unreadable'; readonly reason: string; readonly reasonEn: string };

export function unreadable(reason: string, reasonEn: string): GateRefusal {
  return { kind: 'unreadable', reason, reasonEn };
}

export function unsupported(format: string, formatEn: string = format): GateRefusal {
  return { kind: 'unsupported', format, formatEn };
}

export function encrypted(): GateRefusal {
  return { kind: 'encrypted' };
}

/** Thrown inside the gate and caught at its boundary. */
export class GateError extends Error {
  constructor(readonly refusal: GateRefusal) {
    super(refusal.kind === 'unreadable' ? refusal.reasonEn : refusal.kind === 'encrypted' ? 'password-protected workbook' : `unsupported format ${refusal.formatEn}`);
  }
}

export function refusalFinding(file: string, refusal: GateRefusal): Finding {
  switch (refusal.kind) {
    case 'unsupported':
      return makeFinding('FILE_FORMAT_UNSUPPORTED', { file }, { format: refusal.format, formatEn: refusal.formatEn });
    case 'encrypted':
      return makeFinding('FILE_PASSWORD_PROTECTED', { file }, {});
    case 'unreadable':
      return makeFinding('FILE_UNREADABLE', { file }, { reason: refusal.reason, reasonEn: refusal.reasonEn });
  }
}

/** Indonesian/English byte sizes for messages: `20 MB`. */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
