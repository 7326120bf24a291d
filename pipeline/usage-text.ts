/**
 * Texts for wrong usage that every command shares: unknown flags and commands with the nearest
 * valid one, a flag without its value, `--period`'s accepted forms, `--version`. Indonesian first,
 * English with `--lang en`. (The commands' own texts are in cli-text.ts.)
 */
import type { Lang } from '../shared';

export const USAGE_TEXT = {
  id: {
    didYouMean: (name: string) => ` (maksud Anda ${name}?)`,
    unknownOption: (flag: string) => `opsi tidak dikenal: ${flag}`,
    unknownCommand: (name: string) => `Perintah tidak dikenal: ${name}`,
    optionNeedsValue: (flag: string) => `opsi ${flag} memerlukan nilai (${flag} <nilai>)`,
    optionTakesNoValue: (flag: string) => `opsi ${flag} tidak menerima nilai`,
    periodForms: 'tahun-bulan (2025-05), nomor bulan (5) atau nama bulan (Mei)',
    periodNeedsYear: (value: string, flag: string) => `--period ${value} tidak menyebut tahun; tulis tahun-bulan (mis. 2025-05) atau berikan ${flag}`,
    periodYearDiffers: (flag: string, period: string, year: number) => `--period ${period} tidak sesuai dengan ${flag} ${year}`,
    helpOnStderr: 'Bantuan: sakip --help',
  },
  en: {
    didYouMean: (name: string) => ` (did you mean ${name}?)`,
    unknownOption: (flag: string) => `unknown option: ${flag}`,
    unknownCommand: (name: string) => `Unknown command: ${name}`,
    optionNeedsValue: (flag: string) => `option ${flag} needs a value (${flag} <value>)`,
    optionTakesNoValue: (flag: string) => `option ${flag} takes no value`,
    periodForms: 'year-month (2025-05), month number (5) or month name (May)',
    periodNeedsYear: (value: string, flag: string) => `--period ${value} names no year; write year-month (e.g. 2025-05) or give ${flag}`,
    periodYearDiffers: (flag: string, period: string, year: number) => `--period ${period} does not match ${flag} ${year}`,
    helpOnStderr: 'Help: sakip --help',
  },
} satisfies Record<Lang, unknown>;

export function usageText(lang: Lang): (typeof USAGE_TEXT)['id'] {
  return USAGE_TEXT[lang];
}
