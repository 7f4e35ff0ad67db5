/** Every status a product's current certificate can have; `none` when it has no certificate. */
export const CERTIFICATE_STATUSES = [
  'valid',
  'expiring',
  'extended',
  'expired',
  'revoked',
  'not_yet_valid',
  'none',
] as const;

export type CertificateStatusCode = (typeof CERTIFICATE_STATUSES)[number];
