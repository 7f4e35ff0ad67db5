// The public page a certificate's QR code opens (/chung-nhan/{id}): is it genuine, what it certifies and
// whether it is valid today. Server-rendered, no JavaScript; Vietnamese first, English under it.
import type { CertificateVerification } from '../../../app/documents/verify-certificate.ts';
import { formatScore, formatShortDate } from '../../../documents/format.ts';
import { html, SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import {
  NOT_IN_REGISTRY,
  presentCertificateStatus,
  renderStatusPanel,
  STATUS_PANEL_CSS,
  type StatusPresentation,
} from './certificate-status-panel.ts';

export const VERIFY_PATH = '/chung-nhan';

const PAGE_CSS = `${STATUS_PANEL_CSS}
.genuine{font-weight:600}.facts{display:grid;grid-template-columns:minmax(9rem,14rem) 1fr;gap:.4rem 1rem;background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:1rem 0}
.facts dt{color:var(--muted)}.facts dd{margin:0;font-weight:600}.facts .en{display:block;font-size:.85rem;font-weight:400;font-style:italic}
.stars{color:#8a6100;letter-spacing:.1rem}.meta{color:var(--muted);font-size:.9rem}
@media (max-width:34rem){.facts{grid-template-columns:1fr}.facts dd{margin-bottom:.5rem}}
`;

type Row = readonly [vi: string, en: string, value: SafeHtml | string];

const dateOf = (v: CertificateVerification, date: string) =>
  v.datesPrecision === 'year' ? `năm ${date.slice(0, 4)}` : formatShortDate(date);

function facts(v: CertificateVerification): SafeHtml {
  const stars = html`<span class="stars" aria-hidden="true">${'★'.repeat(v.stars)}</span> ${v.stars} sao (${v.stars} stars)`;
  const decision = v.decisionNumber
    ? `${v.decisionNumber}${v.decisionDate ? ` ngày ${dateOf(v, v.decisionDate)}` : ''}`
    : '—';
  const rows: Row[] = [
    ['Sản phẩm', 'Product', v.productCode ? `${v.productName} (mã ${v.productCode})` : v.productName],
    ...(v.productSetName ? [['Bộ sản phẩm', 'Product set', v.productSetName] as Row] : []),
    ['Chủ thể sản xuất', 'Producer', v.producerName],
    ['Địa chỉ', 'Address', v.producerAddress],
    ['Hạng', 'Rank', stars],
    ...(v.score === null ? [] : [['Điểm đánh giá', 'Score', `${formatScore(v.score)}/100`] as Row]),
    ['Số giấy chứng nhận', 'Certificate number', v.number ?? '—'],
    ['Quyết định công nhận', 'Recognition decision', decision],
    ['Cơ quan cấp', 'Issued by', v.authority],
    ['Hiệu lực', 'Validity', `từ ${dateOf(v, v.validFrom)} đến ${dateOf(v, v.validTo)}`],
  ];
  return html`<dl class="facts">${rows.map(
    ([vi, en, value]) => html`<dt>${vi}<span class="en" lang="en">${en}</span></dt><dd>${value}</dd>`,
  )}</dl>`;
}

function page(publicBaseUrl: string, path: string, title: string, main: SafeHtml): string {
  const body = html`<style>${new SafeHtml(PAGE_CSS)}</style>
<header><a class="brand" href="/">OCOP</a><nav aria-label="Liên kết chính"><a href="/">Trang chủ</a><a href="/en" hreflang="en">English</a></nav></header>
<main>
  <h1>Xác minh giấy chứng nhận sản phẩm OCOP</h1>
  <p class="lead" lang="en">OCOP product certificate verification</p>
  ${main}
</main>
<footer><p>Thông tin từ sổ đăng ký sản phẩm OCOP, tình trạng tính tại thời điểm xem trang. <span lang="en">Live data from the OCOP registry.</span></p></footer>`;
  return layout({
    lang: 'vi',
    title,
    description: 'Xác minh giấy chứng nhận sản phẩm OCOP: còn hiệu lực, hết hạn hay đã bị thu hồi.',
    canonicalPath: path,
    alternatePath: path,
    publicBaseUrl,
    body,
  });
}

export function renderCertificatePage(publicBaseUrl: string, v: CertificateVerification): string {
  const status: StatusPresentation = presentCertificateStatus(
    v.status,
    v.revocationDecision?.number ?? undefined,
  );
  const main = html`<p class="genuine">Giấy chứng nhận này có trong sổ đăng ký sản phẩm OCOP. <span class="status-en" lang="en">This certificate is in the OCOP registry.</span></p>
  <h2>${v.productName}</h2>
  ${renderStatusPanel(status)}
  ${facts(v)}
  <p class="meta">Tình trạng tính đến ngày ${formatShortDate(v.today)}. <span lang="en">Status as of ${formatShortDate(v.today)}.</span></p>`;
  return page(publicBaseUrl, `${VERIFY_PATH}/${v.id}`, `${status.title.vi}: ${v.productName} — OCOP`, main);
}

export function renderCertificateNotFoundPage(publicBaseUrl: string, id: string): string {
  const main = html`${renderStatusPanel(NOT_IN_REGISTRY)}
  <p class="meta">Mã đã tra cứu <span lang="en">(code checked)</span>: <code>${id.slice(0, 100)}</code></p>`;
  return page(
    publicBaseUrl,
    `${VERIFY_PATH}/${encodeURIComponent(id.slice(0, 100))}`,
    'Không có trong sổ đăng ký OCOP',
    main,
  );
}
