import type { CertificateStatus, RevocationGround } from '../../api/types';

/** Filter order: the statuses an officer looks for most first. */
export const CERTIFICATE_STATUSES: readonly CertificateStatus[] = [
  'valid',
  'expiring',
  'extended',
  'expired',
  'revoked',
  'not_yet_valid',
  'none',
];

export function isCertificateStatus(value: string): value is CertificateStatus {
  return (CERTIFICATE_STATUSES as readonly string[]).includes(value);
}

/** A symbol next to the text, so the status never rests on colour alone. */
export const STATUS_SYMBOL: Record<CertificateStatus, string> = {
  valid: '✓',
  expiring: '!',
  extended: '…',
  expired: '✕',
  revoked: '⊘',
  not_yet_valid: '◷',
  none: '–',
};

/** Grounds for revocation, Decision 26/2026 Art. 8.1 a)–e); "dd" is point đ. */
export const REVOCATION_GROUNDS: readonly { code: RevocationGround; point: string }[] = [
  { code: 'a', point: 'a' },
  { code: 'b', point: 'b' },
  { code: 'c', point: 'c' },
  { code: 'd', point: 'd' },
  { code: 'dd', point: 'đ' },
  { code: 'e', point: 'e' },
];

export function isRevocationGround(value: string): value is RevocationGround {
  return REVOCATION_GROUNDS.some((ground) => ground.code === value);
}
