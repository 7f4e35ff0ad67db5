/**
 * The result every registry validator returns: the normalised value, or a message for the user.
 * `message` is Vietnamese (shown in the UI), `messageEn` is English (logs, API `detailEn`).
 * `suggestion`, when present, is a corrected input the UI may offer ("Ý bạn là …?").
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly message: string;
      readonly messageEn: string;
      readonly suggestion?: string;
    };

export type Failure = Extract<Result<never>, { ok: false }>;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export function fail(message: string, messageEn: string, suggestion?: string): Failure {
  return suggestion === undefined
    ? { ok: false, message, messageEn }
    : { ok: false, message, messageEn, suggestion };
}

/** Removes every whitespace character (incl. NBSP and other Unicode spaces) after NFKC (full-width digits → ASCII). */
export const withoutSpaces = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, '');
