import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { advisoryReports } from '../../db/schema/dossiers.ts';
import { users } from '../../db/schema/users.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { canSeeOthersSheets, isScoringSeat, sheetsAreOpen } from '../../domain/workflow/council-rules.ts';
import type { EvaluationLevel } from '../../domain/workflow/dossier-states.ts';
import type { AppDeps } from '../deps.ts';
import { councilStanding } from '../dossiers/council-standing.ts';
import type { DossierAccess } from '../dossiers/dossier-access.ts';

const num = (v: string) => Number(v);

/**
 * The council's work on a dossier at one level as this viewer may see it: seats and who has scored (never
 * the scores) during blind scoring; every sheet and the aggregate once the chair opened the discussion and
 * the viewer, if a scoring member, has scored.
 */
export async function councilWorkView(
  deps: AppDeps,
  db: DbOrTx,
  actor: Actor,
  access: DossierAccess,
  level: EvaluationLevel,
) {
  const { dossier } = access;
  const standing = await councilStanding(deps, db, dossier, level);
  if (!standing) return null;
  const ids = standing.seats.map((s) => s.userId);
  const names = new Map(
    (ids.length
      ? await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids))
      : []
    ).map((u) => [u.id, u.name]),
  );
  const recusals = new Map(standing.recusals.map((r) => [r.memberId, r.reason]));
  const mySeat = standing.seats.find((s) => s.userId === actor.id);
  const hasSubmitted = standing.allSheets.some((s) => s.memberId === actor.id);
  const open = canSeeOthersSheets(dossier.state, level, {
    isScoringMember: mySeat ? isScoringSeat(mySeat) : false,
    hasSubmitted,
  });
  const visible = standing.allSheets.filter((s) => open || s.memberId === actor.id);
  const reports = await db
    .select()
    .from(advisoryReports)
    .where(and(eq(advisoryReports.dossierId, dossier.id), eq(advisoryReports.level, level)));
  return {
    level,
    council: {
      id: standing.council.id,
      name: standing.council.name,
      quorumPercent: standing.council.quorumPercent,
    },
    mode: dossier.councilMode,
    pass: level === 'province' && dossier.centralCouncilId ? null : dossier.scoringPass,
    sheetsOpen: sheetsAreOpen(dossier.state, level),
    members: standing.seats.map((s) => ({
      userId: s.userId,
      displayName: names.get(s.userId) ?? '',
      role: s.role,
      agency: s.agency,
      isRecused: recusals.has(s.userId),
      recusalReason: recusals.get(s.userId) ?? null,
      hasSubmitted: standing.allSheets.some(
        (sheet) => sheet.memberId === s.userId && sheet.pass === dossier.scoringPass,
      ),
    })),
    quorum: standing.quorum,
    sheets: visible.map((s) => ({
      id: s.id,
      memberId: s.memberId,
      memberName: names.get(s.memberId) ?? '',
      pass: s.pass,
      total: num(s.total),
      stars: s.stars,
      opinion: s.opinion,
      answers: s.sheet.answers,
      gates: s.sheet.gates ?? [],
      fingerprint: s.fingerprint,
      supersedesId: s.supersedesId,
      submittedAt: s.submittedAt.toISOString(),
    })),
    result:
      open && standing.result
        ? {
            total: standing.result.total,
            stars: standing.result.stars,
            divergent: standing.result.divergent,
            spread: standing.result.spread,
            sheetTotals: standing.result.sheetTotals,
          }
        : null,
    advisoryReports: reports.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
  };
}
