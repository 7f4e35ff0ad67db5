import { listProducerEvidence } from '../../db/repositories/evidence.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';
import { loadEvidence, loadWalletProducer } from './evidence-access.ts';
import { type EvidenceView, toEvidenceView } from './evidence-view.ts';

export type EvidenceSearch = { type?: string | undefined; includeArchived?: boolean | undefined };

/** A producer's wallet, each document with its status on today's date (Vietnam). */
export async function listEvidence(
  deps: AppDeps,
  actor: Actor,
  producerId: string,
  search: EvidenceSearch,
): Promise<{ items: EvidenceView[]; total: number }> {
  await loadWalletProducer(deps.db, actor, producerId, 'read');
  const rows = await listProducerEvidence(deps.db, producerId, {
    type: search.type,
    includeArchived: search.includeArchived ?? false,
  });
  const today = vietnamDate(deps.now());
  return { items: rows.map((row) => toEvidenceView(row, today)), total: rows.length };
}

export async function getEvidence(deps: AppDeps, actor: Actor, id: string): Promise<EvidenceView> {
  const { evidence } = await loadEvidence(deps.db, actor, id, 'read');
  return toEvidenceView(evidence, vietnamDate(deps.now()));
}
