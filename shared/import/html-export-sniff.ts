/**
 * Recognises a web page saved with an Excel name: wp-eval-sakip (and many other web
 * applications) "export to Excel" by saving a page's HTML (`<div …>`, `<table …>` or `<main …>`)
 * as `Laporan.xls`; Excel opens such a file as a sheet. A file is taken as one when its name ends
 * in `.xls` and its text starts, after a byte-order mark and whitespace, with one of those tags.
 */

/** How many leading bytes the sniff looks at. */
const SNIFF_BYTES = 4096;

const START_TAG = /^<(div|table|main)[\s>/]/i;

/** The page's text: UTF-8 (with or without a byte-order mark) unless a UTF-16 byte-order mark says otherwise. */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

export function hasXlsName(file: string): boolean {
  return /\.xls$/i.test(file.trim());
}

/** The page's first characters, past any byte-order mark and whitespace, start with `<div`, `<table` or `<main`. */
export function startsLikeHtmlExport(text: string): boolean {
  return START_TAG.test(text.replace(/^[\uFEFF\s]+/, ''));
}

/** A `.xls` file whose bytes are an HTML page of the kind web applications export. */
export function isHtmlExport(bytes: Uint8Array, file: string): boolean {
  if (!hasXlsName(file)) return false;
  return startsLikeHtmlExport(decodeHtmlBytes(bytes.subarray(0, SNIFF_BYTES)));
}
