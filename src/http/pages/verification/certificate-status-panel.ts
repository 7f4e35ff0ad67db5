// The live status of an OCOP certificate as a public page shows it: a coloured panel whose symbol and words
// carry the meaning too (never colour alone). Shared by the certificate page and, later, stamp verification.
import { formatShortDate } from '../../../documents/format.ts';
import type { CertificateStatus } from '../../../domain/registry/certificate-status.ts';
import { REVOCATION_GROUNDS } from '../../../domain/registry/revocation-grounds.ts';
import { html, type SafeHtml } from '../html.ts';

export type StatusTone = 'green' | 'amber' | 'red' | 'grey';
type Text = Readonly<{ vi: string; en: string }>;

export type StatusPresentation = Readonly<{ tone: StatusTone; symbol: string; title: Text; details: Text[] }>;

const SYMBOL: Record<StatusTone, string> = { green: '✓', amber: '!', red: '✕', grey: '?' };
const day = (date: string) => formatShortDate(date);
const present = (tone: StatusTone, title: Text, details: Text[] = []): StatusPresentation => ({
  tone,
  symbol: SYMBOL[tone],
  title,
  details,
});

/** Point "dd" of Art. 8.1 is printed "đ". */
const pointOf = (code: string) => (code === 'dd' ? 'đ' : code);

function revoked(
  status: Extract<CertificateStatus, { status: 'revoked' }>,
  decision?: string,
): StatusPresentation {
  const ground = REVOCATION_GROUNDS.find((g) => g.code === status.ground);
  const point = pointOf(status.ground);
  const details: Text[] = [
    { vi: `Thu hồi từ ngày ${day(status.revokedAt)}`, en: `Revoked on ${day(status.revokedAt)}` },
    {
      vi: `Căn cứ: ${ground?.labelVi ?? status.ground} (Điều 8 khoản 1 điểm ${point} Quyết định 26/2026/QĐ-TTg)`,
      en: `Ground: ${ground?.labelEn ?? status.ground} (Art. 8.1(${point}))`,
    },
  ];
  if (decision)
    details.push({ vi: `Quyết định thu hồi số ${decision}`, en: `Revocation decision ${decision}` });
  return present('red', { vi: 'Đã bị thu hồi', en: 'Revoked' }, details);
}

/** Status → tone, symbol and words. `revocationDecision`: the revoking decision's number, when known. */
export function presentCertificateStatus(
  status: CertificateStatus | null,
  revocationDecision?: string,
): StatusPresentation {
  if (status === null) {
    return present('grey', { vi: 'Không xác định được tình trạng', en: 'Status cannot be determined' }, [
      { vi: 'Vui lòng liên hệ cơ quan cấp giấy chứng nhận.', en: 'Please contact the issuing authority.' },
    ]);
  }
  switch (status.status) {
    case 'valid':
      return present('green', { vi: 'Còn hiệu lực', en: 'Valid' }, [
        {
          vi: `Có giá trị đến hết ngày ${day(status.validTo)} (còn ${status.daysLeft} ngày)`,
          en: `Valid through ${day(status.validTo)} (${status.daysLeft} days left)`,
        },
      ]);
    case 'expiring':
      return present('amber', { vi: 'Còn hiệu lực — sắp hết hạn', en: 'Valid — expiring soon' }, [
        {
          vi: `Hết hạn sau ngày ${day(status.validTo)} (còn ${status.daysLeft} ngày)${status.reEvaluationPending ? '; đang đánh giá lại' : ''}`,
          en: `Expires after ${day(status.validTo)} (${status.daysLeft} days left)${status.reEvaluationPending ? '; re-evaluation under way' : ''}`,
        },
      ]);
    case 'extended':
      return present('amber', { vi: 'Đang được gia hạn hiệu lực', en: 'Extended pending re-evaluation' }, [
        {
          vi: `Hết hạn ngày ${day(status.validTo)}; còn hiệu lực đến ${day(status.extendedUntil)} trong khi chờ kết quả đánh giá lại (Điều 12 khoản 3)`,
          en: `Expired on ${day(status.validTo)}; remains valid until ${day(status.extendedUntil)} while re-evaluation is decided`,
        },
      ]);
    case 'not_yet_valid':
      return present('amber', { vi: 'Chưa có hiệu lực', en: 'Not yet valid' }, [
        { vi: `Có hiệu lực từ ngày ${day(status.validFrom)}`, en: `Valid from ${day(status.validFrom)}` },
      ]);
    case 'expired':
      return present('red', { vi: 'Hết hiệu lực', en: 'Expired' }, [
        { vi: `Hết hạn từ sau ngày ${day(status.validTo)}`, en: `Expired after ${day(status.validTo)}` },
      ]);
    case 'revoked':
      return revoked(status, revocationDecision);
  }
}

export const NOT_IN_REGISTRY: StatusPresentation = present(
  'grey',
  { vi: 'Không có trong sổ đăng ký OCOP', en: 'Not in the OCOP registry' },
  [
    {
      vi: 'Không tìm thấy giấy chứng nhận với mã này. Sản phẩm mang mã này không được xác nhận là sản phẩm OCOP.',
      en: 'No certificate has this code; the product is not confirmed as an OCOP product.',
    },
  ],
);

export function renderStatusPanel(p: StatusPresentation): SafeHtml {
  return html`<section class="status status-${p.tone}">
  <p class="status-title"><span class="status-symbol" aria-hidden="true">${p.symbol}</span> ${p.title.vi}</p>
  <p class="status-en" lang="en">${p.title.en}</p>
  ${p.details.map((d) => html`<p>${d.vi}<br><span class="status-en" lang="en">${d.en}</span></p>`)}
</section>`;
}

// Text on each background keeps at least 4.5:1 contrast (WCAG AA); the border carries the colour.
export const STATUS_PANEL_CSS = `
.status{border:2px solid;border-left-width:.6rem;border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0}
.status p{margin:.35rem 0}.status-title{font-size:1.5rem;font-weight:700}
.status-symbol{display:inline-block;width:1.8rem;height:1.8rem;line-height:1.8rem;text-align:center;border-radius:50%;color:#fff;margin-right:.35rem}
.status-en{color:var(--muted);font-size:.92rem;font-style:italic}.status-title+.status-en{margin-top:-.35rem}
.status-green{border-color:#1b6e3a;background:#e8f3ec;color:#14532d}.status-green .status-symbol{background:#1b6e3a}
.status-amber{border-color:#8a5a00;background:#fff4d6;color:#5c3d00}.status-amber .status-symbol{background:#8a5a00}
.status-red{border-color:#b3261e;background:#fdecea;color:#7f1d1d}.status-red .status-symbol{background:#b3261e}
.status-grey{border-color:#5f6b66;background:#eef0ef;color:#2f3833}.status-grey .status-symbol{background:#5f6b66}
`;
