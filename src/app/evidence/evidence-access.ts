import type { DbOrTx } from '../../db/client.ts';
import { type EvidenceRow, findEvidenceById } from '../../db/repositories/evidence.repository.ts';
import { findProducerById, type ProducerRow } from '../../db/repositories/producers.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { assertCanReadWallet, assertCanWriteWallet } from '../../domain/evidence/wallet-access.ts';

export type WalletMode = 'read' | 'write';

function assertWallet(actor: Actor, producer: ProducerRow, mode: WalletMode): void {
  const scope = { ...producer, producerId: producer.id };
  if (mode === 'write') assertCanWriteWallet(actor, scope);
  else assertCanReadWallet(actor, scope);
}

/** The producer whose wallet the actor opens: 404 when missing, 403 outside their role or unit. */
export async function loadWalletProducer(
  db: DbOrTx,
  actor: Actor,
  producerId: string,
  mode: WalletMode,
): Promise<ProducerRow> {
  const producer = await findProducerById(db, producerId);
  if (!producer) throw new DomainError('PRODUCER_NOT_FOUND', 'Không tìm thấy chủ thể.');
  assertWallet(actor, producer, mode);
  return producer;
}

/** A document of a wallet the actor may open (read) or change (write). */
export async function loadEvidence(
  db: DbOrTx,
  actor: Actor,
  id: string,
  mode: WalletMode,
): Promise<{ evidence: EvidenceRow; producer: ProducerRow }> {
  const evidence = await findEvidenceById(db, id);
  if (!evidence) throw new DomainError('EVIDENCE_NOT_FOUND', 'Không tìm thấy tài liệu minh chứng.');
  const producer = await loadWalletProducer(db, actor, evidence.producerId, mode);
  return { evidence, producer };
}
