import { DomainError } from '../../domain/errors.ts';
import { evidenceDateProblems } from '../../domain/evidence/evidence-status.ts';
import type { EvidenceType } from '../../domain/evidence/evidence-types.ts';
import type { IsoDate } from '../../domain/registry/calendar-date.ts';

/** What a user says about a document (the file itself is described by its bytes). */
export type EvidenceMetadata = Readonly<{
  type: EvidenceType;
  title: string;
  number?: string | null | undefined;
  issuer?: string | null | undefined;
  issuedOn?: IsoDate | null | undefined;
  validFrom?: IsoDate | null | undefined;
  validTo?: IsoDate | null | undefined;
}>;

export type EvidenceFields = {
  type: string;
  title: string;
  number: string | null;
  issuer: string | null;
  issuedOn: IsoDate | null;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
};

const blankToNull = (text: string | null | undefined) => {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

export function evidenceFieldsOf(input: EvidenceMetadata): EvidenceFields {
  return {
    type: input.type,
    title: input.title.trim(),
    number: blankToNull(input.number),
    issuer: blankToNull(input.issuer),
    issuedOn: input.issuedOn ?? null,
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
  };
}

/** Refuses contradictory dates; `source` is where the fields came from ('querystring', 'body'). */
export function assertCoherentDates(fields: EvidenceFields, source: string): void {
  const problems = evidenceDateProblems(fields, source);
  const [first] = problems;
  if (first) {
    throw new DomainError('VALIDATION_FAILED', first.message, { fieldErrors: problems });
  }
}
