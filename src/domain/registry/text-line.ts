/** A one-line text as people type it: NFC, trimmed, inner whitespace collapsed; null when nothing is left. */
export const oneLine = (value: string | null | undefined): string | null =>
  value?.normalize('NFC').trim().replace(/\s+/g, ' ') || null;
