// A page whose fixed text is encoded to UTF-8 once. The stamp page is mostly fixed (styles, header, footer,
// the report form) around a small live part; encoding ~8 KB of Vietnamese text on every scan cost more than
// rendering the live part itself.
import { escapeHtml } from '../html.ts';

const SLOT = /@@([A-Z_]+)@@/;

export class ByteTemplate {
  readonly #parts: Buffer[] = [];
  readonly #slots: string[] = [];

  /** `text` names its slots `@@NAME@@` (they must survive HTML escaping: letters and underscores only). */
  constructor(text: string) {
    const pieces = text.split(SLOT);
    for (let i = 0; i < pieces.length; i++) {
      if (i % 2 === 0) this.#parts.push(Buffer.from(pieces[i] ?? ''));
      else this.#slots.push(pieces[i] ?? '');
    }
  }

  /** Appends the page to `out`: fixed parts as they are, slots from `values` (HTML, already safe). */
  fill(values: Readonly<Record<string, string | Buffer | readonly Buffer[]>>, out: Buffer[] = []): Buffer[] {
    this.#parts.forEach((part, i) => {
      out.push(part);
      const name = this.#slots[i];
      if (name === undefined) return;
      const value = values[name];
      if (value === undefined) throw new Error(`slot ${name} not filled`);
      if (typeof value === 'string') out.push(Buffer.from(value));
      else if (Buffer.isBuffer(value)) out.push(value);
      else out.push(...(value as readonly Buffer[]));
    });
    return out;
  }
}

/** Text for a slot: escaped. */
export const text = (value: string): string => escapeHtml(value);
