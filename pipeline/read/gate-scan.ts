/**
 * A linear scanner of XML text for the gate: each character is looked at a bounded number of
 * times, whatever the text holds (no regular expression with backtracking ever runs over a part).
 * It reads tags the way an XML parser reads them — namespace prefixes (`<x:mergeCell>`), single- or
 * double-quoted attributes, `>` inside attribute values, comments, CDATA and processing
 * instructions skipped — and reports what it cannot read (an unterminated tag, comment or quote, an
 * attribute without a value) as malformed rather than guessing.
 *
 * Searches for the next `>`, `"` and `'` are cached: each search starts after the previous result,
 * so all the searches of one part together read the part once (a text without any quote cannot
 * make each tag search to the end of the part).
 */

/** A tag the scanner found: its local name (prefix dropped) and where it sits. */
export interface ScannedTag {
  /** Local name, without the namespace prefix. */
  readonly local: string;
  /** `</name>`. */
  readonly closing: boolean;
  /** `<name …/>`. */
  readonly selfClosing: boolean;
  /** Index of `<`. */
  readonly start: number;
  /** Index just after `>`. */
  readonly end: number;
}

/** Thrown for text the scanner cannot read as XML; `what` says what, in both languages. */
export class MalformedXml extends Error {
  constructor(
    readonly id: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const DQ = 0x22;
const SQ = 0x27;

/** XML name characters, ASCII subset plus anything non-ASCII (as XML allows). */
function isNameChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2d || code === 0x2e || code === COLON || code > 0x7f;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** The next index of one character at or after `from`, remembered so that no stretch is searched twice. */
class NextOf {
  private at = -1;
  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}
  from(from: number): number {
    if (this.at >= from || this.at === Infinity) return this.at;
    const found = this.text.indexOf(this.char, from);
    this.at = found < 0 ? Infinity : found;
    return this.at;
  }
}

/**
 * Calls `visit` for every start, empty and end tag of `xml`, in order. `visit` may return `false`
 * to stop. Throws MalformedXml for a tag, comment, CDATA section or declaration that never ends.
 * A `<!DOCTYPE`/`<!ENTITY`/`<!ELEMENT`/`<!ATTLIST` is passed to `onDeclaration` (the gate refuses it).
 */
export function scanTags(xml: string, visit: (tag: ScannedTag) => boolean | void, onDeclaration?: (keyword: string) => void): void {
  const gt = new NextOf(xml, '>');
  const dq = new NextOf(xml, '"');
  const sq = new NextOf(xml, "'");
  let at = xml.indexOf('<');
  while (at >= 0) {
    const next = xml.charCodeAt(at + 1);
    if (next === BANG) {
      at = skipMarkup(xml, at, onDeclaration);
    } else if (next === QUESTION) {
      const close = xml.indexOf('?>', at + 2);
      if (close < 0) throw new MalformedXml('instruksi pemrosesan XML tidak ditutup', 'an XML processing instruction is not closed');
      at = close + 2;
    } else {
      const closing = next === SLASH;
      let p = closing ? at + 2 : at + 1;
      const nameStart = p;
      let colon = -1;
      while (p < xml.length && isNameChar(xml.charCodeAt(p))) {
        if (xml.charCodeAt(p) === COLON && colon < 0) colon = p;
        p++;
      }
      if (p === nameStart) {
        // `<` not starting a tag (not well-formed; the XML parser refuses it where it matters): skipped.
        at = xml.indexOf('<', at + 1);
        continue;
      }
      const end = tagEnd(xml, p, gt, dq, sq);
      const local = xml.slice(colon < 0 ? nameStart : colon + 1, p);
      const selfClosing = !closing && xml.charCodeAt(end - 2) === SLASH;
      if (visit({ local, closing, selfClosing, start: at, end }) === false) return;
      at = end;
    }
    at = xml.indexOf('<', at);
  }
}

/** Index just after the `>` that ends the tag whose attributes start at `from` (quotes respected). */
function tagEnd(xml: string, from: number, gt: NextOf, dq: NextOf, sq: NextOf): number {
  let p = from;
  for (;;) {
    const close = gt.from(p);
    const double = dq.from(p);
    const single = sq.from(p);
    const quote = Math.min(double, single);
    if (close === Infinity) throw new MalformedXml('tag XML tidak ditutup', 'an XML tag is not closed');
    if (close < quote) return close + 1;
    // A quoted value before the `>`: skip it whole (it may hold `>`).
    const end = quote === double ? dq.from(quote + 1) : sq.from(quote + 1);
    if (end === Infinity) throw new MalformedXml('nilai atribut XML tidak ditutup', 'an XML attribute value is not closed');
    p = end + 1;
  }
}

const DECLARATIONS = ['DOCTYPE', 'ENTITY', 'ELEMENT', 'ATTLIST'];

/** Skips `<!-- … -->`, `<![CDATA[ … ]]>` or another `<!…>` declaration; returns the index after it. */
function skipMarkup(xml: string, at: number, onDeclaration?: (keyword: string) => void): number {
  if (xml.startsWith('<!--', at)) {
    const close = xml.indexOf('-->', at + 4);
    if (close < 0) throw new MalformedXml('komentar XML tidak ditutup', 'an XML comment is not closed');
    return close + 3;
  }
  if (xml.startsWith('<![CDATA[', at)) {
    const close = xml.indexOf(']]>', at + 9);
    if (close < 0) throw new MalformedXml('bagian CDATA tidak ditutup', 'a CDATA section is not closed');
    return close + 3;
  }
  let p = at + 2;
  while (p < xml.length && isSpace(xml.charCodeAt(p))) p++;
  const keyword = xml.slice(p, p + 7).toUpperCase();
  const declared = DECLARATIONS.find((d) => keyword.startsWith(d));
  if (declared) onDeclaration?.(declared);
  const close = xml.indexOf('>', p);
  if (close < 0) throw new MalformedXml('deklarasi XML tidak ditutup', 'an XML declaration is not closed');
  return close + 1;
}

/**
 * The attributes of one tag (`xml.slice(tag.start, tag.end)`), keyed by local name (prefix
 * dropped), values unescaped. One pass over the tag; an attribute without `="…"` is malformed.
 */
export function scanAttributes(xml: string, tag: ScannedTag): Map<string, string> {
  const attributes = new Map<string, string>();
  let p = tag.start + 1;
  while (p < tag.end && isNameChar(xml.charCodeAt(p))) p++;
  const last = tag.end - (tag.selfClosing ? 2 : 1);
  for (;;) {
    while (p < last && isSpace(xml.charCodeAt(p))) p++;
    if (p >= last) return attributes;
    const nameStart = p;
    let colon = -1;
    while (p < last && isNameChar(xml.charCodeAt(p))) {
      if (xml.charCodeAt(p) === COLON && colon < 0) colon = p;
      p++;
    }
    const nameEnd = p;
    while (p < last && isSpace(xml.charCodeAt(p))) p++;
    if (nameEnd === nameStart || xml.charCodeAt(p) !== 0x3d) throw malformedTag(tag);
    p++;
    while (p < last && isSpace(xml.charCodeAt(p))) p++;
    const quote = xml.charCodeAt(p);
    if (quote !== DQ && quote !== SQ) throw malformedTag(tag);
    const close = xml.indexOf(quote === DQ ? '"' : "'", p + 1);
    if (close < 0 || close >= tag.end) throw malformedTag(tag);
    attributes.set(xml.slice(colon < 0 ? nameStart : colon + 1, nameEnd), unescapeXml(xml.slice(p + 1, close)));
    p = close + 1;
  }
}

function malformedTag(tag: ScannedTag): MalformedXml {
  const name = tag.local.length > 40 ? `${tag.local.slice(0, 40)}…` : tag.local;
  return new MalformedXml(`atribut tag <${name}> tidak terbaca`, `the attributes of tag <${name}> cannot be read`);
}

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);
/** Longest reference body looked at after `&` (`#x10FFFF` is 8): the search never runs on. */
const MAX_REFERENCE = 10;

/** XML text with its entity and character references resolved, in one pass. */
export function unescapeXml(text: string): string {
  let at = text.indexOf('&');
  if (at < 0) return text;
  const semicolons = new NextOf(text, ';');
  let out = '';
  let copied = 0;
  while (at >= 0) {
    const semicolon = semicolons.from(at + 1);
    if (semicolon === Infinity) break;
    if (semicolon > at + 1 && semicolon - at - 1 <= MAX_REFERENCE) {
      const resolved = resolveReference(text.slice(at + 1, semicolon));
      if (resolved !== undefined) {
        out += text.slice(copied, at) + resolved;
        copied = semicolon + 1;
      }
    }
    at = text.indexOf('&', at + 1);
  }
  return out + text.slice(copied);
}

function resolveReference(body: string): string | undefined {
  if (body.charCodeAt(0) === 0x23) {
    const hex = body.charCodeAt(1) === 0x78 || body.charCodeAt(1) === 0x58;
    const digits = body.slice(hex ? 2 : 1);
    if (digits === '' || !(hex ? /^[0-9a-f]+$/i : /^[0-9]+$/).test(digits)) return undefined;
    const code = parseInt(digits, hex ? 16 : 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return NAMED_ENTITIES.get(body);
}
