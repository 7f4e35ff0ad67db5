import type { Tx } from '../../db/client.ts';
import { refreshCurrentCertificates } from '../../db/repositories/current-certificate.repository.ts';
import {
  countCertificateNumbers,
  dossiersOfDecision,
  lockDecision,
  updateDecision,
} from '../../db/repositories/decisions.repository.ts';
import { type DossierRow, lockDossier, updateDossier } from '../../db/repositories/dossiers.repository.ts';
import { insertCertificate } from '../../db/repositories/products.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { parseIsoDate, vietnamDate } from '../../domain/registry/calendar-date.ts';
import { validToFor } from '../../domain/registry/certificate-status.ts';
import { validationError } from '../../domain/scoring/input.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { applyTransition } from '../dossiers/apply-transition.ts';
import { enqueueRecertification } from '../marketplace/enqueue-webhooks.ts';
import { type DecisionView, decisionViewOf } from './decision-view.ts';

export type SignDecisionInput = Readonly<{ number: string; signedOn: string }>;

/** The stars and score a recognised dossier is certified with at the decision's level. */
function certifiedResult(dossier: DossierRow, level: 'province' | 'central') {
  if (level === 'central') return { stars: 5, score: dossier.centralTotal };
  if (dossier.centralTotal !== null) return { stars: dossier.centralStars ?? 0, score: dossier.centralTotal };
  return { stars: dossier.resultStars ?? 0, score: dossier.resultTotal };
}

async function issueCertificate(
  tx: Tx,
  decision: {
    level: 'province' | 'central';
    number: string;
    signedOn: string;
    authorityName: string | null;
    provinceCode: string | null;
  },
  dossier: DossierRow,
  serial: number,
  now: Date,
) {
  const { stars, score } = certifiedResult(dossier, decision.level);
  const validTo = validToFor(decision.signedOn);
  if (!validTo.ok) throw new Error(validTo.message);
  const certificate = await insertCertificate(tx, {
    productId: dossier.productId,
    number: `${decision.number}/${String(serial).padStart(3, '0')}`,
    decisionNumber: decision.number,
    decisionDate: decision.signedOn,
    issuingLevel: decision.level === 'central' ? 'ministry' : 'province',
    authorityName: decision.authorityName,
    stars,
    score,
    validFrom: decision.signedOn,
    validTo: validTo.value,
    createdAt: now,
    updatedAt: now,
  });
  await updateDossier(tx, dossier.id, { certificateId: certificate.id, updatedAt: now });
  await refreshCurrentCertificates(tx, [dossier.productId]);
  return certificate;
}

/**
 * The chair of the provincial People's Committee (or the minister) signs: in one transaction every dossier
 * moves on (recognised, not recognised, or nominated to the ministry at ≥ 90 points) and the 3★/4★ (or 5★)
 * certificates are issued, numbered after the decision.
 */
export async function signDecision(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  input: SignDecisionInput,
): Promise<DecisionView> {
  const signedOn = parseIsoDate(input.signedOn, 'Ngày ký');
  if (!signedOn.ok) throw validationError([{ field: 'body.signedOn', message: signedOn.message }]);
  const now = deps.now();
  if (signedOn.value > vietnamDate(now))
    throw validationError([{ field: 'body.signedOn', message: 'Ngày ký không được sau hôm nay.' }]);
  const number = input.number.trim();
  return deps.db.transaction(async (tx) => {
    const decision = await lockDecision(tx, id);
    if (!decision) throw new DomainError('DECISION_NOT_FOUND', 'Không tìm thấy quyết định.');
    const signer = decision.level === 'central' ? 'ministry_leader' : 'province_leader';
    if (
      actor.role !== signer ||
      (decision.level === 'province' && actor.provinceCode !== decision.provinceCode)
    ) {
      throw new DomainError('FORBIDDEN', 'Chỉ người có thẩm quyền ký quyết định này.');
    }
    if (decision.status !== 'draft') {
      throw new DomainError('INVALID_TRANSITION', 'Quyết định đã được ký.', {
        extensions: { state: decision.status, allowedActions: [] },
      });
    }
    const signed = await updateDecision(tx, id, {
      status: 'signed',
      number,
      signedOn: signedOn.value,
      signedBy: actor.id,
      updatedAt: now,
    });
    let serial = await countCertificateNumbers(tx, `${number}/`);
    for (const row of await dossiersOfDecision(tx, id)) {
      const dossier = await lockDossier(tx, row.id);
      if (!dossier) continue;
      const { dossier: moved } = await applyTransition(deps, tx, actor, auditActor, dossier, {
        action: 'sign',
      });
      if (moved.state === 'recognised') {
        serial += 1;
        const certificate = await issueCertificate(
          tx,
          { ...signed, number, signedOn: signedOn.value },
          moved,
          serial,
          now,
        );
        await recordChange(tx, auditActor, now, {
          entity: 'certificate',
          entityId: certificate.id,
          action: 'create',
          after: certificate,
        });
        await enqueueRecertification(deps, tx, now, certificate);
      }
    }
    await recordChange(tx, auditActor, now, {
      entity: 'decision',
      entityId: id,
      action: 'sign',
      before: decision,
      after: signed,
    });
    return decisionViewOf(deps, tx, signed);
  });
}
