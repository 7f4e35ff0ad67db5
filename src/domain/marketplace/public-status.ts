// The status a consumer or a marketplace sees for a product, from the product's copied current-certificate
// columns (products.current_*), computed on the day asked. Pure: `today` is an argument.

import type { IsoDate } from '../registry/calendar-date.ts';
import { certificateStatus } from '../registry/certificate-status.ts';
import { CERTIFICATE_STATUSES, type CertificateStatusCode } from '../registry/certificate-status-codes.ts';
import { isRevocationGround, REVOCATION_GROUNDS } from '../registry/revocation-grounds.ts';

/** `none`: the product has no certificate; `not_yet_valid`: a certificate that starts after `today`. */
export const PUBLIC_STATUSES = CERTIFICATE_STATUSES;
export type PublicStatus = CertificateStatusCode;

export type CurrentCertificateDates = Readonly<{
  validFrom: IsoDate;
  validTo: IsoDate;
  revokedOn: IsoDate | null;
  revocationGround: string | null;
  reEvaluationSince: IsoDate | null;
}>;

export type PublicStatusDetail = Readonly<{
  status: PublicStatus;
  /** While `extended`: the last day the certificate stays in force (Art. 12.3, validTo + 180 days). */
  extendedUntil: IsoDate | null;
  /** While `valid` or `expiring`: whole days left, expiry day excluded. */
  daysLeft: number | null;
  revocation: Readonly<{
    revokedOn: IsoDate;
    ground: string;
    groundLabel: string;
    groundLabelEn: string;
  }> | null;
}>;

const NONE: PublicStatusDetail = { status: 'none', extendedUntil: null, daysLeft: null, revocation: null };

/** Status of the current certificate on `today`; `none` when there is none or its dates contradict. */
export function publicStatusOf(current: CurrentCertificateDates | null, today: IsoDate): PublicStatusDetail {
  if (current === null) return NONE;
  const ground = current.revocationGround;
  const revoked = current.revokedOn !== null && ground !== null && isRevocationGround(ground);
  const result = certificateStatus(
    {
      validFrom: current.validFrom,
      validTo: current.validTo,
      ...(revoked && current.revokedOn && ground
        ? { revokedAt: current.revokedOn, revocationGround: ground }
        : {}),
      ...(current.reEvaluationSince ? { reEvaluationPendingSince: current.reEvaluationSince } : {}),
    },
    today,
  );
  if (!result.ok) return NONE;
  const s = result.value;
  switch (s.status) {
    case 'revoked': {
      const label = REVOCATION_GROUNDS.find((g) => g.code === s.ground);
      return {
        ...NONE,
        status: 'revoked',
        revocation: {
          revokedOn: s.revokedAt,
          ground: s.ground,
          groundLabel: label?.labelVi ?? s.ground,
          groundLabelEn: label?.labelEn ?? s.ground,
        },
      };
    }
    case 'valid':
    case 'expiring':
      return { ...NONE, status: s.status, daysLeft: s.daysLeft };
    case 'extended':
      return { ...NONE, status: 'extended', extendedUntil: s.extendedUntil };
    case 'expired':
    case 'not_yet_valid':
      return { ...NONE, status: s.status };
  }
}
