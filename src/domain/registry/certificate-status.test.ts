import { describe, expect, it } from 'vitest';
import {
  type CertificateDates,
  certificateStatus,
  reEvaluationWindow,
  validToFor,
} from './certificate-status.ts';

// Issued 2026-06-15 → valid to 2029-06-15 (see validToFor).
const CERT: CertificateDates = { validFrom: '2026-06-15', validTo: '2029-06-15' };

describe('validToFor', () => {
  it.each([
    ['2026-06-15', '2029-06-15'],
    ['2026-05-22', '2029-05-22'],
    ['2024-02-29', '2027-02-28'], // no 29 February in 2027: last day of the month
    ['2026-01-31', '2029-01-31'],
    ['2026-12-31', '2029-12-31'],
  ])('%s → %s', (validFrom, validTo) => {
    expect(validToFor(validFrom)).toEqual({ ok: true, value: validTo });
  });

  it('refuses an invalid date', () => {
    expect(validToFor('2026-02-30').ok).toBe(false);
  });
});

describe('reEvaluationWindow', () => {
  it('opens 180 days and closes 120 days before expiry', () => {
    expect(reEvaluationWindow('2029-06-15')).toEqual({
      ok: true,
      value: { opensOn: '2028-12-17', closesOn: '2029-02-15' },
    });
  });
});

describe('certificateStatus — validity boundaries', () => {
  it.each([
    ['2026-06-14', { status: 'not_yet_valid', validFrom: '2026-06-15' }],
    ['2026-06-15', { status: 'valid', daysLeft: 1096 }], // issue day
    ['2028-12-16', { status: 'valid', daysLeft: 181 }], // 181 days before expiry
    ['2028-12-17', { status: 'expiring', daysLeft: 180 }], // exactly 180 days before expiry
    ['2029-06-14', { status: 'expiring', daysLeft: 1 }],
    ['2029-06-15', { status: 'expiring', daysLeft: 0 }], // the expiry day itself is still valid
    ['2029-06-16', { status: 'expired', daysSinceExpiry: 1 }], // the day after
    ['2030-01-01', { status: 'expired', daysSinceExpiry: 200 }],
  ])('on %s', (today, expected) => {
    expect(certificateStatus(CERT, today)).toMatchObject({ ok: true, value: expected });
  });
});

describe('certificateStatus — re-evaluation pending (Điều 12.3 extension)', () => {
  it.each([
    // [submitted, today, expected]
    ['2028-12-20', '2029-01-10', { status: 'expiring', reEvaluationPending: true }],
    ['2029-03-01', '2029-02-01', { status: 'expiring', reEvaluationPending: false }], // submitted later
    ['2029-03-01', '2029-06-16', { status: 'extended', extendedUntil: '2029-12-12', daysSinceExpiry: 1 }],
    ['2029-06-15', '2029-06-16', { status: 'extended', daysSinceExpiry: 1 }], // submitted on the expiry day
    ['2029-03-01', '2029-12-12', { status: 'extended', daysSinceExpiry: 180 }], // day 180: still extended
    ['2029-03-01', '2029-12-13', { status: 'expired', daysSinceExpiry: 181 }], // day 181: expired
    ['2029-06-16', '2029-06-20', { status: 'expired', daysSinceExpiry: 5 }], // submitted after expiry
  ])('submitted %s, on %s', (submitted, today, expected) => {
    const r = certificateStatus({ ...CERT, reEvaluationPendingSince: submitted }, today);
    expect(r).toMatchObject({ ok: true, value: expected });
  });
});

describe('certificateStatus — revocation', () => {
  it.each([
    ['2027-03-10', '2027-03-09', 'valid'], // revocation decided for a later day: not yet in effect
    ['2027-03-10', '2027-03-10', 'revoked'], // revocation day
    ['2027-03-10', '2027-03-11', 'revoked'],
    ['2027-03-10', '2030-01-01', 'revoked'], // stays revoked after the original expiry
    ['2029-07-01', '2029-07-02', 'revoked'], // revoked after expiry (lapsed without re-evaluation)
    ['2029-07-01', '2029-06-20', 'expired'],
  ])('revoked %s, on %s → %s', (revokedAt, today, status) => {
    const r = certificateStatus({ ...CERT, revokedAt, revocationGround: 'dd' }, today);
    expect(r).toMatchObject({ ok: true, value: { status } });
  });

  it('reports the ground and date, and wins over a pending re-evaluation', () => {
    const cert = {
      ...CERT,
      revokedAt: '2029-07-01',
      revocationGround: 'b',
      reEvaluationPendingSince: '2029-03-01',
    };
    expect(certificateStatus(cert as CertificateDates, '2029-07-01')).toEqual({
      ok: true,
      value: { status: 'revoked', revokedAt: '2029-07-01', ground: 'b' },
    });
    expect(certificateStatus(cert as CertificateDates, '2029-06-30')).toMatchObject({
      ok: true,
      value: { status: 'extended' },
    });
  });
});

describe('certificateStatus — inconsistent input', () => {
  it.each([
    [{ ...CERT, validFrom: '2026-02-30' }, '2027-01-01', /Ngày cấp/],
    [CERT, '01/01/2027', /Ngày tính trạng thái/],
    [{ ...CERT, validTo: '2026-06-14' }, '2027-01-01', /trước ngày cấp/],
    [{ ...CERT, revokedAt: '2026-01-01', revocationGround: 'a' }, '2027-01-01', /thu hồi không được trước/],
    [{ ...CERT, revokedAt: '2027-01-01' }, '2027-01-01', /căn cứ thu hồi/],
    [{ ...CERT, revocationGround: 'a' }, '2027-01-01', /căn cứ thu hồi/],
    [{ ...CERT, revokedAt: '2027-01-01', revocationGround: 'z' }, '2027-01-01', /không có trong Điều 8/],
    [{ ...CERT, reEvaluationPendingSince: '2025-01-01' }, '2027-01-01', /hồ sơ đánh giá lại/],
  ])('%j on %s is refused', (cert, today, message) => {
    const r = certificateStatus(cert as CertificateDates, today);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});
