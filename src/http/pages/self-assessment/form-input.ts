// Reads the page's query and form fields. Nothing here trusts the browser: option indexes and codes are
// checked by the scoring engine, the CSRF token by the route.

/** Fields of an application/x-www-form-urlencoded body (the first value of a repeated name wins). */
export type FormFields = Readonly<Record<string, string>>;

/** Parses a urlencoded body into fields; a prototype-free record, so no name is special. */
export function parseFormBody(body: string): FormFields {
  const fields: Record<string, string> = Object.create(null);
  for (const [name, value] of new URLSearchParams(body)) {
    if (!Object.hasOwn(fields, name)) fields[name] = value;
  }
  return fields;
}

/** "1"…"26" → the number; anything else → null. */
export function parseProductSetId(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{1,2}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 && id <= 26 ? id : null;
}

export type SheetForm = {
  productSetId: number | null;
  criteriaSetId: string | undefined;
  /** Criterion code → option index (NaN when the browser sent something else: the engine reports it). */
  answers: Record<string, number>;
  action: 'score' | 'save';
  csrfToken: string | undefined;
};

const ANSWER_FIELD = /^answers\[([0-9A-Za-z.]{1,20})\]$/;

const fieldsOf = (body: unknown): Record<string, unknown> =>
  typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};

/** The sheet form: hidden `set`, `criteriaSet`, `csrf`; one `answers[<code>]` radio group per criterion. */
export function readSheetForm(body: unknown): SheetForm {
  const fields = fieldsOf(body);
  const answers: Record<string, number> = {};
  for (const [name, value] of Object.entries(fields)) {
    const code = ANSWER_FIELD.exec(name)?.[1];
    if (code === undefined || typeof value !== 'string' || value === '') continue;
    answers[code] = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  }
  const text = (name: string) => {
    const value = fields[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  return {
    productSetId: parseProductSetId(fields.set),
    criteriaSetId: text('criteriaSet'),
    answers,
    action: fields.action === 'save' ? 'save' : 'score',
    csrfToken: text('csrf'),
  };
}
