// Small pages around the verification: the receipt of a report sent from the plain form, the form's errors,
// and "too many requests" for a phone that went over the limit.
import { html } from '../html.ts';
import { stampPage } from './page-parts.ts';

const back = (code: string) =>
  html`<p><a href="/v/${encodeURIComponent(code)}">Quay lại trang xác minh tem <span lang="en">/ Back to the stamp</span></a></p>`;

export function renderReportReceivedPage(publicBaseUrl: string, code: string, id: string): Buffer {
  const main = html`<section class="verdict verdict-green" role="status">
  <span class="verdict-symbol" aria-hidden="true">✓</span>
  <div><h1>Đã nhận báo cáo của bạn</h1><p lang="en">Your report was received</p></div>
</section>
<p>Cơ quan OCOP sẽ xác minh. Mã tiếp nhận: <code>${id.slice(0, 8)}</code>. <span lang="en">The OCOP office will look into it.</span></p>
${back(code)}`;
  return stampPage({
    publicBaseUrl,
    path: `/v/${encodeURIComponent(code)}`,
    title: 'Đã nhận báo cáo — OCOP',
    main,
  });
}

export function renderReportErrorPage(publicBaseUrl: string, code: string, message: string): Buffer {
  const main = html`<section class="verdict verdict-grey" role="alert">
  <span class="verdict-symbol" aria-hidden="true">!</span>
  <div><h1>Chưa gửi được báo cáo</h1><p lang="en">The report was not sent</p></div>
</section>
<p>${message}</p>
${back(code)}`;
  return stampPage({
    publicBaseUrl,
    path: `/v/${encodeURIComponent(code)}`,
    title: 'Chưa gửi được báo cáo — OCOP',
    main,
  });
}

export function renderTooManyRequestsPage(
  publicBaseUrl: string,
  retryAfterSeconds: string | undefined,
): Buffer {
  const wait = retryAfterSeconds ? ` (khoảng ${retryAfterSeconds} giây)` : '';
  const main = html`<section class="verdict verdict-grey" role="alert">
  <span class="verdict-symbol" aria-hidden="true">…</span>
  <div><h1>Bạn đã quét quá nhiều lần</h1><p lang="en">Too many scans from this connection</p></div>
</section>
<p>Vui lòng thử lại sau ít phút${wait}. <span lang="en">Please try again in a minute.</span></p>`;
  return stampPage({ publicBaseUrl, path: '/v/', title: 'Quá nhiều lượt quét — OCOP', main });
}
