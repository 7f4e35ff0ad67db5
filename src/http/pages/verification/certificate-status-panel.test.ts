import { describe, expect, it } from 'vitest';
import { certificateStatus } from '../../../domain/registry/certificate-status.ts';
import { NOT_IN_REGISTRY, presentCertificateStatus, renderStatusPanel } from './certificate-status-panel.ts';

const issued = { validFrom: '2026-06-15', validTo: '2029-06-15' };
const statusOn = (today: string, extra: object = {}) => {
  const result = certificateStatus({ ...issued, ...extra }, today);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('presentCertificateStatus', () => {
  it('gives every status a tone, a symbol and words in both languages', () => {
    const cases = [
      [statusOn('2026-07-01'), 'green', 'Còn hiệu lực', 'Có giá trị đến hết ngày 15/06/2029'],
      [statusOn('2029-01-01'), 'amber', 'Còn hiệu lực — sắp hết hạn', 'còn 165 ngày'],
      [
        statusOn('2029-07-01', { reEvaluationPendingSince: '2029-02-01' }),
        'amber',
        'Đang được gia hạn hiệu lực',
        'còn hiệu lực đến 12/12/2029',
      ],
      [statusOn('2029-07-01'), 'red', 'Hết hiệu lực', 'Hết hạn từ sau ngày 15/06/2029'],
      [statusOn('2026-01-01'), 'amber', 'Chưa có hiệu lực', 'Có hiệu lực từ ngày 15/06/2026'],
    ] as const;
    for (const [status, tone, title, detail] of cases) {
      const shown = presentCertificateStatus(status);
      expect(shown.tone, title).toBe(tone);
      expect(shown.title.vi).toBe(title);
      expect(shown.title.en).not.toBe('');
      expect(shown.details.map((d) => d.vi).join(' ')).toContain(detail);
    }
  });

  it('names the revocation date, the ground of Art. 8 and the decision', () => {
    const status = statusOn('2027-03-01', { revokedAt: '2027-02-20', revocationGround: 'dd' });
    const shown = presentCertificateStatus(status, '15/QĐ-UBND');
    expect(shown).toMatchObject({ tone: 'red', symbol: '✕', title: { vi: 'Đã bị thu hồi', en: 'Revoked' } });
    const text = shown.details.map((d) => d.vi).join(' ');
    expect(text).toContain('Thu hồi từ ngày 20/02/2027');
    expect(text).toContain('Chủ thể không còn hoạt động sản xuất sản phẩm OCOP');
    expect(text).toContain('điểm đ');
    expect(text).toContain('Quyết định thu hồi số 15/QĐ-UBND');
  });

  it('renders text with the colour, escaped, and grey for an unknown certificate', () => {
    const panel = renderStatusPanel(NOT_IN_REGISTRY).value;
    expect(panel).toContain('status-grey');
    expect(panel).toContain('Không có trong sổ đăng ký OCOP');
    expect(panel).toContain('lang="en"');
    const shown = presentCertificateStatus(
      statusOn('2027-03-01', { revokedAt: '2027-02-20', revocationGround: 'a' }),
      '<b>',
    );
    expect(renderStatusPanel(shown).value).toContain('&lt;b&gt;');
    expect(presentCertificateStatus(null).tone).toBe('grey');
  });
});
