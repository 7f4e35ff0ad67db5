// Readable public URLs: a producer's page is its folded name followed by its id (producers have no slug
// column; the id keeps the URL stable when the name changes, the words make it readable).
import { foldName } from '../admin-units/normalize-name.ts';

const UUID_AT_END = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export function slugWords(name: string, fallback: string): string {
  const words = foldName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return words || fallback;
}

/** "htx-che-shan-tuyet-suoi-giang-<uuid>". */
export function producerKey(producer: Readonly<{ id: string; name: string }>): string {
  return `${slugWords(producer.name, 'chu-the')}-${producer.id}`;
}

/** The producer id in a key (or a bare id), lower case; null when there is none. */
export function producerIdOfKey(key: string): string | null {
  return UUID_AT_END.exec(key)?.[1]?.toLowerCase() ?? null;
}
