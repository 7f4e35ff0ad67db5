import { describe, expect, it } from 'vitest';
import { quotaLeft, refusalToStamp, sheetRange } from './batch-rules.ts';
import { sniffImage } from './image-kind.ts';
import { reportChangeProblem } from './misuse-report-rules.ts';
import { type CurrentCertificate, type StampRecord, stampVerdict } from './stamp-verdict.ts';

const certificate = (overrides: Partial<CurrentCertificate> = {}): CurrentCertificate => ({
  number: '12/2026/OCOP',
  stars: 4,
  validFrom: '2026-06-15',
  validTo: '2029-06-15',
  revokedOn: null,
  revocationGround: null,
  reEvaluationSince: null,
  revocationDecision: null,
  ...overrides,
});
const record = (overrides: Partial<StampRecord> = {}): StampRecord => ({
  code: '0000000000000',
  serial: 1,
  batchId: 'b',
  batchStatus: 'printed',
  printedStars: 4,
  product: { id: 'p', name: 'Chè', slug: 'che', gtin: null, provinceCode: '08', photoKey: null },
  producerName: 'HTX',
  certificate: certificate(),
  ...overrides,
});

describe('stamp verdicts', () => {
  it.each([
    ['valid certificate', record(), '2027-01-01', 'genuine', 'green', 'valid'],
    ['expiring', record(), '2029-03-01', 'genuine', 'amber', 'expiring'],
    [
      'extended while re-evaluated',
      record({ certificate: certificate({ reEvaluationSince: '2029-05-01' }) }),
      '2029-08-01',
      'genuine',
      'amber',
      'extended',
    ],
    ['expired', record(), '2029-06-16', 'genuine', 'red', 'expired'],
    [
      'revoked',
      record({ certificate: certificate({ revokedOn: '2027-02-01', revocationGround: 'c' }) }),
      '2027-02-01',
      'genuine',
      'red',
      'revoked',
    ],
    ['not yet valid', record(), '2026-06-01', 'genuine', 'amber', 'not_yet_valid'],
    ['no certificate', record({ certificate: null }), '2027-01-01', 'genuine', 'grey', null],
    ['void batch', record({ batchStatus: 'void' }), '2027-01-01', 'void', 'red', null],
    ['unknown code', null, '2027-01-01', 'unknown', 'grey', null],
  ] as const)('%s', (_name, input, today, result, tone, status) => {
    const verdict = stampVerdict(input, today);
    expect(verdict.result).toBe(result);
    expect(verdict.tone).toBe(tone);
    expect(verdict.status?.status ?? null).toBe(status);
  });

  it('ignores a revocation date without a known ground (the status stays computable)', () => {
    const verdict = stampVerdict(
      record({ certificate: certificate({ revokedOn: '2027-02-01' }) }),
      '2027-03-01',
    );
    expect(verdict.status?.status).toBe('valid');
  });
});

describe('batch rules', () => {
  it('stamps valid, expiring and extended certificates only', () => {
    const allowed = ['valid', 'expiring', 'extended'];
    const statuses = [
      { status: 'valid', validTo: '2029-01-01', daysLeft: 400, reEvaluationPending: false },
      { status: 'expiring', validTo: '2029-01-01', daysLeft: 40, reEvaluationPending: false },
      { status: 'extended', validTo: '2029-01-01', extendedUntil: '2029-06-30', daysSinceExpiry: 3 },
      { status: 'expired', validTo: '2029-01-01', daysSinceExpiry: 3 },
      { status: 'revoked', revokedAt: '2028-01-01', ground: 'c' },
      { status: 'not_yet_valid', validFrom: '2030-01-01' },
    ] as const;
    for (const status of statuses) {
      expect(refusalToStamp(status) === null, status.status).toBe(allowed.includes(status.status));
    }
    expect(refusalToStamp(null)?.vi).toContain('chưa có giấy chứng nhận');
  });

  it('counts the quota left and clamps sheet ranges', () => {
    expect(quotaLeft(99_990, { quotaPerCertificate: 100_000 })).toBe(10);
    expect(quotaLeft(100_500, { quotaPerCertificate: 100_000 })).toBe(0);
    const batch = { serialFrom: 101, serialTo: 3100 };
    expect(sheetRange(batch, {}, 1000)).toEqual({ from: 101, to: 1100 });
    expect(sheetRange(batch, { from: 2501 }, 1000)).toEqual({ from: 2501, to: 3100 });
    expect(sheetRange(batch, { from: 200, to: 260 }, 1000)).toEqual({ from: 200, to: 260 });
    expect(sheetRange(batch, { from: 100 }, 1000)).toHaveProperty('error');
    expect(sheetRange(batch, { from: 101, to: 1101 }, 1000)).toHaveProperty('error');
    expect(sheetRange(batch, { from: 300, to: 200 }, 1000)).toHaveProperty('error');
  });
});

describe('misuse report changes', () => {
  it.each([
    [{ state: 'new', resolution: null }, { state: 'investigating' }, null],
    [{ state: 'new', resolution: null }, { state: 'closed', resolution: 'Đã kiểm tra: tem thật' }, null],
    [{ state: 'new', resolution: null }, { state: 'closed' }, 'Cần ghi kết quả'],
    [{ state: 'investigating', resolution: 'x' }, { state: 'new' }, 'Không chuyển được'],
    [{ state: 'investigating', resolution: 'Đã xử phạt' }, { state: 'closed' }, null],
    [{ state: 'closed', resolution: 'x' }, { resolution: 'y' }, 'đã đóng'],
  ] as const)('%o + %o', (current, change, problem) => {
    const found = reportChangeProblem(current, change);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});

describe('photo sniffing', () => {
  const bytes = (...parts: (number[] | string)[]) =>
    Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0])],
    ['png', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0])],
    ['webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')],
    ['heif', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0])],
    [null, bytes('GIF89a')],
    [null, bytes('%PDF-1.7')],
    [null, bytes([])],
  ] as const)('%s', (kind, input) => {
    expect(sniffImage(input)).toBe(kind);
  });
});
