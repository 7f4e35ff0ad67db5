import type { Readable } from 'node:stream';
import {
  type EvidenceRow,
  findEvidenceById,
  isLinkedToDossier,
} from '../../db/repositories/evidence.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import { loadDossierAccess } from '../dossiers/dossier-access.ts';
import { loadEvidence } from './evidence-access.ts';
import { evidenceFilesOf } from './evidence-files.ts';

export type EvidenceFile = { stream: Readable; fileName: string; mimeType: string; sizeBytes: number };

async function openFile(deps: AppDeps, evidence: EvidenceRow): Promise<EvidenceFile> {
  const stream = await evidenceFilesOf(deps).open(evidence.storageKey);
  if (!stream) {
    throw new DomainError('EVIDENCE_NOT_FOUND', 'Không tìm thấy tệp của tài liệu này trên máy chủ.');
  }
  return { stream, fileName: evidence.fileName, mimeType: evidence.mimeType, sizeBytes: evidence.sizeBytes };
}

/** A document of a wallet the actor may read (archived ones included). */
export async function openEvidenceFile(deps: AppDeps, actor: Actor, id: string): Promise<EvidenceFile> {
  const { evidence } = await loadEvidence(deps.db, actor, id, 'read');
  return openFile(deps, evidence);
}

/**
 * A document a dossier relies on, for anyone who may see the dossier: its producer and officers, and the
 * members of the council it is assigned to (not recused), who cannot open the producer's wallet itself.
 */
export async function openDossierEvidenceFile(
  deps: AppDeps,
  actor: Actor,
  dossierId: string,
  evidenceId: string,
): Promise<EvidenceFile> {
  await loadDossierAccess(deps.db, actor, dossierId);
  if (!(await isLinkedToDossier(deps.db, dossierId, evidenceId))) {
    throw new DomainError('EVIDENCE_NOT_FOUND', 'Hồ sơ không sử dụng tài liệu này.');
  }
  const evidence = await findEvidenceById(deps.db, evidenceId);
  if (!evidence) throw new DomainError('EVIDENCE_NOT_FOUND', 'Không tìm thấy tài liệu minh chứng.');
  return openFile(deps, evidence);
}
