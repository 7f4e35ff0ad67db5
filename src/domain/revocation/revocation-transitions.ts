// The revocation case (Decision 26/2026/QĐ-TTg Art. 8): the OCOP office verifies and proposes, the signing
// authority revokes (with a decision number and date) or dismisses (with a reason). 3★/4★: the chair of the
// provincial People's Committee; 5★: the minister.

import { type IsoDate, isIsoDate } from '../registry/calendar-date.ts';

export const REVOCATION_STATES = ['proposed', 'revoked', 'dismissed'] as const;
export type RevocationState = (typeof REVOCATION_STATES)[number];

export const REVOCATION_ACTIONS = ['revoke', 'dismiss'] as const;
export type RevocationAction = (typeof REVOCATION_ACTIONS)[number];

export const REVOCATION_STATE_LABELS: Readonly<Record<RevocationState, string>> = {
  proposed: 'đang chờ quyết định',
  revoked: 'đã thu hồi',
  dismissed: 'đã quyết định không thu hồi',
};
export const REVOCATION_ACTION_LABELS: Readonly<Record<RevocationAction, string>> = {
  revoke: 'ra quyết định thu hồi',
  dismiss: 'quyết định không thu hồi',
};

/** Who decides: 'province' (3★/4★) or 'central' (5★). */
export type RevocationLevel = 'province' | 'central';

/** What the acting user is to one case (computed from role and province by revocationCapacitiesOf). */
export const REVOCATION_CAPACITIES = [
  'province_office',
  'province_signer',
  'central_office',
  'central_signer',
] as const;
export type RevocationCapacity = (typeof REVOCATION_CAPACITIES)[number];

/** What the guards look at; assembled by the use case from the case, the certificate and the request. */
export type RevocationFacts = Readonly<{
  concludedOn: IsoDate;
  certificateValidFrom: IsoDate;
  today: IsoDate;
  decisionNumber: string | null;
  decidedOn: IsoDate | null;
  reason: string | null;
}>;

export type RevocationGuardFailure = Readonly<{
  code: 'VALIDATION_FAILED' | 'REASON_REQUIRED';
  message: string;
  field?: string;
}>;
type Guard = (facts: RevocationFacts) => RevocationGuardFailure | null;

const decisionNumber: Guard = (f) =>
  f.decisionNumber?.trim()
    ? null
    : { code: 'VALIDATION_FAILED', field: 'body.decisionNumber', message: 'Cần số quyết định thu hồi.' };

const decisionDate: Guard = (f) => {
  const fail = (message: string) =>
    ({ code: 'VALIDATION_FAILED', field: 'body.decidedOn', message }) as const;
  if (!f.decidedOn) return fail('Cần ngày ký quyết định thu hồi.');
  if (!isIsoDate(f.decidedOn)) return fail('Ngày ký quyết định cần là ngày có thật, dạng YYYY-MM-DD.');
  if (f.decidedOn > f.today) return fail('Ngày ký quyết định không được sau hôm nay.');
  if (f.decidedOn < f.concludedOn)
    return fail('Ngày ký quyết định không được trước ngày có kết luận vi phạm.');
  if (f.decidedOn < f.certificateValidFrom) {
    return fail('Ngày ký quyết định không được trước ngày giấy chứng nhận có hiệu lực.');
  }
  return null;
};

const reason: Guard = (f) =>
  f.reason?.trim()
    ? null
    : { code: 'REASON_REQUIRED', field: 'body.reason', message: 'Cần ghi rõ lý do không thu hồi.' };

/** One row: in `from`, on a case of `level`, a user in capacity `by` may take `action` if the guards pass. */
export type RevocationTransition = Readonly<{
  from: RevocationState;
  action: RevocationAction;
  level: RevocationLevel;
  by: readonly RevocationCapacity[];
  guards: readonly Guard[];
  to: RevocationState;
}>;

/** The whole procedure after the proposal. 'revoked' and 'dismissed' are final. */
export const REVOCATION_TRANSITIONS: readonly RevocationTransition[] = [
  {
    from: 'proposed',
    action: 'revoke',
    level: 'province',
    by: ['province_signer'],
    guards: [decisionNumber, decisionDate],
    to: 'revoked',
  },
  {
    from: 'proposed',
    action: 'revoke',
    level: 'central',
    by: ['central_signer'],
    guards: [decisionNumber, decisionDate],
    to: 'revoked',
  },
  {
    from: 'proposed',
    action: 'dismiss',
    level: 'province',
    by: ['province_signer'],
    guards: [reason],
    to: 'dismissed',
  },
  {
    from: 'proposed',
    action: 'dismiss',
    level: 'central',
    by: ['central_signer'],
    guards: [reason],
    to: 'dismissed',
  },
];

const rowsFor = (level: RevocationLevel, capacities: readonly RevocationCapacity[]) =>
  REVOCATION_TRANSITIONS.filter((t) => t.level === level && t.by.some((c) => capacities.includes(c)));

/** The actions this user may attempt now on a case (guards may still refuse them). */
export function allowedRevocationActions(
  state: RevocationState,
  level: RevocationLevel,
  capacities: readonly RevocationCapacity[],
): RevocationAction[] {
  return [
    ...new Set(
      rowsFor(level, capacities)
        .filter((t) => t.from === state)
        .map((t) => t.action),
    ),
  ];
}

export type RevocationPlan =
  | { ok: true; to: RevocationState }
  /** The user may never take this action on a case of this level (not their authority). */
  | { ok: false; kind: 'forbidden' }
  /** The user could, but not in the current state. */
  | { ok: false; kind: 'illegal'; state: RevocationState; allowedActions: RevocationAction[] }
  | { ok: false; kind: 'guard'; failure: RevocationGuardFailure };

/** Decides one step. Pure; the use case applies the result. */
export function planRevocationStep(
  state: RevocationState,
  level: RevocationLevel,
  action: RevocationAction,
  capacities: readonly RevocationCapacity[],
  facts: RevocationFacts,
): RevocationPlan {
  const rows = rowsFor(level, capacities).filter((t) => t.action === action);
  if (rows.length === 0) return { ok: false, kind: 'forbidden' };
  const row = rows.find((t) => t.from === state);
  if (!row) {
    return {
      ok: false,
      kind: 'illegal',
      state,
      allowedActions: allowedRevocationActions(state, level, capacities),
    };
  }
  for (const guard of row.guards) {
    const failure = guard(facts);
    if (failure) return { ok: false, kind: 'guard', failure };
  }
  return { ok: true, to: row.to };
}
