import type { EvidenceFileKind } from './file-kind.ts';

const MAX_NAME_LENGTH = 150;

/**
 * The name a stored document is downloaded under: the uploaded name without folders, control characters or
 * quotes, shortened, and ending with an extension of the kind the bytes really are (else the title is used).
 */
export function evidenceFileName(
  uploaded: string | undefined,
  title: string,
  kind: EvidenceFileKind,
): string {
  const clean = (text: string) =>
    text
      .normalize('NFC')
      .replace(/[\p{Cc}\p{Cf}"\\/:*?<>|]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const base = clean(uploaded?.split(/[\\/]/).pop() ?? '') || clean(title) || 'tai-lieu';
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const hasKindExtension = (kind.extensions as readonly string[]).includes(extension);
  const stem = hasKindExtension ? base.slice(0, dot) : base;
  const suffix = hasKindExtension ? extension : kind.extensions[0];
  return `${[...stem].slice(0, MAX_NAME_LENGTH).join('').trim()}.${suffix}`;
}

/** Vietnamese letters without their marks (đ → d), for the plain-ASCII fallback name. */
function asciiFallback(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._ -]/g, '_');
}

/** RFC 6266 / 8187: an ASCII `filename` for old clients and the exact UTF-8 name in `filename*`. */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment') {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encoded}`;
}
