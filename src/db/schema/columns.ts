import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/pg-core';

/** Lower-cased, accent-folded copy of a name for accent-insensitive search (f_unaccent: migration 0000). */
export const foldedName = (source: string) =>
  text('name_norm')
    .notNull()
    .generatedAlwaysAs(sql.raw(`lower(f_unaccent(${source}))`));
