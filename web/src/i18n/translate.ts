import { enMessages } from './en';
import { type MessageKey, type Messages, viMessages } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const dictionaries: Record<Language, Messages> = { vi: viMessages, en: enMessages };

export type MessageParams = Record<string, string | number>;

/** Looks up a message and replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
