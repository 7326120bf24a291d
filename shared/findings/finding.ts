import type { FindingCatalogue } from './catalogue';

export type Severity = 'error' | 'warning';

/** How each host labels a severity (the format's literal words). */
export const SEVERITY_LABEL: Record<Severity, { id: string; en: string }> = {
  error: { id: 'Error', en: 'Error' },
  warning: { id: 'Peringatan', en: 'Warning' },
};

export type FindingCode = keyof FindingCatalogue;
export type FindingParams<C extends FindingCode> = Parameters<FindingCatalogue[C]['id']>[0];

/**
 * A validation result: one tagged union over the stable codes of the catalogue. File-level
 * findings leave `sheet` and `cell` out; sheet-level findings leave `cell` out.
 */
export type Finding = {
  [C in FindingCode]: {
    readonly code: C;
    readonly severity: Severity;
    readonly file: string;
    readonly sheet?: string;
    readonly cell?: string;
    readonly params: FindingParams<C>;
  };
}[FindingCode];

export type Lang = 'id' | 'en';
