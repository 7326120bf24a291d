/**
 * The text of one cell or line of an HTML export, as a browser shows it: runs of whitespace
 * collapse to one space, `<br>` and block elements break the line, each line is trimmed and empty
 * lines dropped. Its length is bounded while it grows.
 */
import { overLimit } from './html-export-errors';

const WHITESPACE = /[ \t\n\r\f]+/g;

export class HtmlText {
  private lines: string[] = [];
  private current = '';
  private length = 0;

  constructor(private readonly maxChars: number) {}

  add(text: string): void {
    const collapsed = text.replace(WHITESPACE, ' ');
    if (collapsed === '' || (collapsed === ' ' && (this.current === '' || this.current.endsWith(' ')))) return;
    this.length += collapsed.length;
    if (this.length > this.maxChars) throw overLimit({ id: 'panjang teks satu sel', en: 'the text of one cell' }, this.maxChars);
    this.current += this.current.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
  }

  /** Text kept as written (a `<textarea>`'s or `<pre>`'s): its own line breaks kept. */
  addPreformatted(text: string): void {
    const parts = text.replace(/\r\n?/g, '\n').split('\n');
    parts.forEach((part, i) => {
      if (i > 0) this.newline();
      this.add(part);
    });
  }

  newline(): void {
    const line = this.current.trim();
    if (line !== '') this.lines.push(line);
    this.current = '';
  }

  isEmpty(): boolean {
    return this.lines.length === 0 && this.current.trim() === '';
  }

  /** The text so far (lines joined with `\n`), and starts over. */
  take(): string {
    this.newline();
    const text = this.lines.join('\n');
    this.lines = [];
    this.length = 0;
    return text;
  }
}
