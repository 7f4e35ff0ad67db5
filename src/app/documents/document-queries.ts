// The reads the documents need beyond the existing repositories (no writes; the HTTP layer never sees them).
import { and, asc, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { DossierRow } from '../../db/repositories/dossiers.repository.ts';
import type { CertificateRow } from '../../db/repositories/products.repository.ts';
import { certificates } from '../../db/schema/certificates.ts';
import { dossierEvents, dossiers } from '../../db/schema/dossiers.ts';
import { revocations } from '../../db/schema/revocations.ts';
import { users } from '../../db/schema/users.ts';
import type { EvaluationLevel } from '../../domain/workflow/dossier-states.ts';

/** The state a council's 'finalize' leads to at each level (tells the two levels' events apart). */
const PROPOSED: Record<EvaluationLevel, 'council_proposed' | 'central_proposed'> = {
  province: 'council_proposed',
  central: 'central_proposed',
};

export async function findCertificateById(db: DbOrTx, id: string): Promise<CertificateRow | undefined> {
  const [row] = await db.select().from(certificates).where(eq(certificates.id, id)).limit(1);
  return row;
}

/** The dossier whose decision issued this certificate, if it came through the digital workflow. */
export async function findDossierOfCertificate(db: DbOrTx, certificateId: string) {
  const [row] = await db
    .select()
    .from(dossiers)
    .where(eq(dossiers.certificateId, certificateId))
    .orderBy(desc(dossiers.updatedAt))
    .limit(1);
  return row;
}

export async function displayNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** When the council concluded on this dossier at this level (the latest 'finalize'), if it has. */
export async function finalizedAt(db: DbOrTx, dossierId: string, level: EvaluationLevel) {
  const [row] = await db
    .select({ at: dossierEvents.at })
    .from(dossierEvents)
    .where(
      and(
        eq(dossierEvents.dossierId, dossierId),
        eq(dossierEvents.action, 'finalize'),
        eq(dossierEvents.toState, PROPOSED[level]),
      ),
    )
    .orderBy(desc(dossierEvents.at))
    .limit(1);
  return row?.at ?? null;
}

/** The dossiers a council concluded on between two instants, in the order it concluded them. */
export async function dossiersFinalizedBetween(
  db: DbOrTx,
  council: { id: string; level: EvaluationLevel },
  from: Date,
  to: Date,
): Promise<DossierRow[]> {
  const onCouncil =
    council.level === 'province'
      ? eq(dossiers.councilId, council.id)
      : eq(dossiers.centralCouncilId, council.id);
  const rows = await db
    .select({ dossier: dossiers, at: dossierEvents.at })
    .from(dossierEvents)
    .innerJoin(dossiers, eq(dossiers.id, dossierEvents.dossierId))
    .where(
      and(
        onCouncil,
        eq(dossierEvents.action, 'finalize'),
        eq(dossierEvents.toState, PROPOSED[council.level]),
        gte(dossierEvents.at, from),
        lt(dossierEvents.at, to),
      ),
    )
    .orderBy(asc(dossierEvents.at), asc(dossiers.code));
  const byId = new Map<string, DossierRow>();
  for (const { dossier } of rows) if (!byId.has(dossier.id)) byId.set(dossier.id, dossier);
  return [...byId.values()];
}

/** The decision that revoked the certificate (number and date), when a revocation case was decided. */
export async function findRevocationDecision(db: DbOrTx, certificateId: string) {
  const [row] = await db
    .select({ decisionNumber: revocations.decisionNumber, decidedOn: revocations.decidedOn })
    .from(revocations)
    .where(and(eq(revocations.certificateId, certificateId), eq(revocations.state, 'revoked')))
    .orderBy(desc(revocations.decidedOn))
    .limit(1);
  return row;
}
