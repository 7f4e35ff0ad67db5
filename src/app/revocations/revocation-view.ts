import type { RevocationDetailRow } from '../../db/repositories/revocations.repository.ts';
import type { IsoDate } from '../../domain/registry/calendar-date.ts';
import { REVOCATION_GROUNDS } from '../../domain/registry/revocation-grounds.ts';
import { isRevocationOverdue } from '../../domain/revocation/revocation-rules.ts';
import {
  allowedRevocationActions,
  type RevocationAction,
  type RevocationCapacity,
  type RevocationLevel,
  type RevocationState,
} from '../../domain/revocation/revocation-transitions.ts';

export type RevocationView = {
  id: string;
  state: RevocationState;
  level: RevocationLevel;
  provinceCode: string | null;
  product: { id: string; name: string; producerId: string };
  certificate: { id: string; number: string | null; stars: number; validFrom: string; validTo: string };
  ground: string;
  groundLabel: string;
  description: string;
  concludedOn: string;
  dueOn: string;
  isOverdue: boolean;
  evidenceIds: string[];
  proposedBy: string | null;
  decisionNumber: string | null;
  decidedOn: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
  /** What the caller may do on the case now. */
  allowedActions: RevocationAction[];
  createdAt: string;
  updatedAt: string;
};

export function toRevocationView(
  detail: RevocationDetailRow,
  capacities: readonly RevocationCapacity[],
  today: IsoDate,
): RevocationView {
  const r = detail.revocation;
  return {
    id: r.id,
    state: r.state,
    level: r.level,
    provinceCode: r.provinceCode,
    product: detail.product,
    certificate: detail.certificate,
    ground: r.ground,
    groundLabel: REVOCATION_GROUNDS.find((g) => g.code === r.ground)?.labelVi ?? r.ground,
    description: r.description,
    concludedOn: r.concludedOn,
    dueOn: r.dueOn,
    isOverdue: isRevocationOverdue(r, today),
    evidenceIds: r.evidenceIds,
    proposedBy: r.proposedBy,
    decisionNumber: r.decisionNumber,
    decidedOn: r.decidedOn,
    decidedBy: r.decidedBy,
    decisionNote: r.decisionNote,
    allowedActions: allowedRevocationActions(r.state, r.level, capacities),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
