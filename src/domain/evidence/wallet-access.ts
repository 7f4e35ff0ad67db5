import type { Actor, Role } from '../auth/roles.ts';
import { DomainError } from '../errors.ts';
import { canAccessRecord, type RegistryRecordScope } from '../registry/record-access.ts';

/** Who may add to, correct or archive a producer's evidence wallet (inside their scope). */
const WALLET_WRITERS: readonly Role[] = ['producer', 'commune_officer', 'province_officer'];

/**
 * The wallet is read by its producer and by the officers and leaders whose unit it is in (record-access);
 * council members see evidence only through a dossier their council is assigned (dossier routes).
 */
export function canReadWallet(actor: Actor, producer: RegistryRecordScope): boolean {
  return actor.role !== 'council_member' && canAccessRecord(actor, producer);
}

export function canWriteWallet(actor: Actor, producer: RegistryRecordScope): boolean {
  return WALLET_WRITERS.includes(actor.role) && canAccessRecord(actor, producer);
}

export function assertCanReadWallet(actor: Actor, producer: RegistryRecordScope): void {
  if (actor.role === 'council_member') {
    throw new DomainError(
      'FORBIDDEN',
      'Thành viên Hội đồng xem tài liệu minh chứng qua hồ sơ được giao, không qua kho của chủ thể.',
    );
  }
  if (!canReadWallet(actor, producer)) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Kho minh chứng này thuộc chủ thể hoặc địa bàn khác.');
  }
}

export function assertCanWriteWallet(actor: Actor, producer: RegistryRecordScope): void {
  assertCanReadWallet(actor, producer);
  if (!canWriteWallet(actor, producer)) {
    throw new DomainError(
      'FORBIDDEN',
      'Chỉ chủ thể, cán bộ xã và cán bộ tỉnh phụ trách được cập nhật kho minh chứng.',
    );
  }
}
