// /v/{code} (and /01/{gtin}/21/{serial}): what a phone shows after scanning a stamp. The verdict comes first,
// big, in words, a symbol and a colour; then the product, the certificate and how to report a problem.
import type { StampVerification } from '../../../app/stamps/verify-stamp.ts';
import { formatShortDate } from '../../../documents/format.ts';
import { formatStampCode } from '../../../domain/stamps/stamp-code.ts';
import { html, type SafeHtml } from '../html.ts';
import { renderStatusPanel } from '../verification/certificate-status-panel.ts';
import { reportForm, stampPage } from './page-parts.ts';
import { stampPageScript } from './page-script.ts';
import { presentStamp } from './stamp-presentation.ts';

type Row = readonly [vi: string, en: string, value: SafeHtml | string];

const stars = (count: number) =>
  html`<span class="stars" aria-hidden="true">${'★'.repeat(count)}</span> ${count} sao <span lang="en">(${count} stars)</span>`;

function productBlock(v: StampVerification): SafeHtml | '' {
  const record = v.record;
  if (!record) return '';
  const photo = record.product.photoKey
    ? html`<img src="/media/products/${record.product.photoKey}-thumb.webp" alt="" width="96" height="96">`
    : '';
  return html`<div class="product">${photo}<div><h2>${record.product.name}</h2><p>${record.producerName}</p></div></div>`;
}

function facts(v: StampVerification): SafeHtml | '' {
  const record = v.record;
  if (!record) return '';
  const c = record.certificate;
  const rows: Row[] = [
    ['Sản phẩm', 'Product', record.product.name],
    ['Chủ thể sản xuất', 'Producer', record.producerName],
    ['Hạng hiện tại', 'Current rank', c ? stars(c.stars) : '—'],
    ...(c && c.stars !== record.printedStars
      ? [['Hạng in trên tem', 'Rank printed on the stamp', stars(record.printedStars)] as Row]
      : []),
    ['Số giấy chứng nhận', 'Certificate number', c?.number ?? '—'],
    ['Hiệu lực', 'Validity', c ? `${formatShortDate(c.validFrom)} – ${formatShortDate(c.validTo)}` : '—'],
    ['Số sê-ri tem', 'Stamp serial', String(record.serial)],
    ['Mã tem', 'Stamp code', html`<code>${formatStampCode(record.code)}</code>`],
  ];
  return html`<dl class="facts">${rows.map(
    ([vi, en, value]) => html`<dt>${vi}<span class="en" lang="en">${en}</span></dt><dd>${value}</dd>`,
  )}</dl>`;
}

const GS1_NOTE = html`<p class="meta">Bạn mở liên kết GS1 (mã vạch sản phẩm + số sê-ri). Số sê-ri có thể đoán được; bằng chứng tem thật là mã QR riêng trên tem. <span lang="en">You opened a GS1 link (GTIN + serial). Serials can be guessed; the proof of a genuine stamp is its own QR code.</span></p>`;

/** The page; `input` is what was in the URL (shown, escaped, when it is not a valid code). */
export function renderStampPage(publicBaseUrl: string, v: StampVerification, input: string): Buffer {
  const shown = presentStamp(v);
  const path = v.code ? `/v/${v.code}` : `/v/${encodeURIComponent(input.slice(0, 64))}`;
  const checked = html`<p class="meta">Tình trạng tính đến ngày ${formatShortDate(v.today)}. <span lang="en">Status as of ${formatShortDate(v.today)}.</span></p>`;
  const asked = v.record
    ? ''
    : html`<p class="meta">Mã đã tra cứu <span lang="en">(code checked)</span>: <code>${input.slice(0, 64)}</code></p>`;
  const locate = v.code
    ? html`<div id="locate-box" hidden><button type="button" class="locate" id="locate">Gửi vị trí gần đúng để giúp phát hiện tem giả <span lang="en">/ Share a coarse position</span></button><p id="locate-status" role="status"></p></div>`
    : '';
  const main = html`<section class="verdict verdict-${shown.tone}" data-testid="verdict" role="status">
  <span class="verdict-symbol" aria-hidden="true">${shown.panel.symbol}</span>
  <div><h1>${shown.headline.vi}</h1><p lang="en">${shown.headline.en}</p></div>
</section>
${renderStatusPanel(shown.panel)}
${productBlock(v)}
${facts(v)}
${v.gs1 ? GS1_NOTE : ''}
${asked}
${checked}
${locate}
`;
  return stampPage({
    publicBaseUrl,
    path,
    title: `${shown.headline.vi}${v.record ? `: ${v.record.product.name}` : ''} — OCOP`,
    main: [Buffer.from(main.value), ...reportForm(v.code, input.slice(0, 64))],
    ...(v.code ? { script: stampPageScript(v.code) } : {}),
  });
}
