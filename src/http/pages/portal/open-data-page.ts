// /open-data: what the open data files hold, field by field, and under which licence.
import { OPEN_DATA_LICENCE } from '../../../app/portal/open-data.ts';
import { html } from '../html.ts';
import type { Lang } from '../layout.ts';
import { portalPage } from './portal-layout.ts';

const FIELDS: readonly (readonly [string, string, string])[] = [
  [
    'ocop_code',
    'Mã sản phẩm OCOP (tỉnh-xã-số thứ tự-năm), có thể trống',
    'OCOP product code (province-commune-serial-year), may be empty',
  ],
  ['name', 'Tên sản phẩm', 'Product name'],
  ['url', 'Trang sản phẩm trên cổng thông tin', 'Product page on the portal'],
  ['stars', 'Hạng sao (3, 4 hoặc 5)', 'Star rating (3, 4 or 5)'],
  [
    'status',
    'Tình trạng giấy chứng nhận hôm nay: valid (còn hiệu lực), expiring (còn ≤ 180 ngày), extended (đang gia hạn chờ đánh giá lại), expired (hết hiệu lực), revoked (bị thu hồi)',
    'Certificate status today: valid, expiring (≤ 180 days left), extended (pending re-evaluation), expired, revoked',
  ],
  ['certificate_number', 'Số giấy chứng nhận, có thể trống', 'Certificate number, may be empty'],
  ['valid_from', 'Ngày có hiệu lực (YYYY-MM-DD)', 'Valid from (YYYY-MM-DD)'],
  ['valid_to', 'Ngày hết hạn (YYYY-MM-DD)', 'Valid to (YYYY-MM-DD)'],
  [
    'dates_precision',
    'day: ngày chính xác; year: danh sách cũ chỉ ghi năm (ngày hết hạn là muộn nhất có thể)',
    'day: exact dates; year: legacy lists give the year only (valid_to is the latest possible)',
  ],
  ['revoked_on', 'Ngày thu hồi, khi bị thu hồi', 'Revocation date, when revoked'],
  ['producer_name', 'Tên chủ thể sản xuất', 'Producer name'],
  [
    'producer_type',
    'Loại hình chủ thể (cooperative, sme, household…)',
    'Producer type (cooperative, sme, household…)',
  ],
  [
    'province_code, province_name',
    'Tỉnh, thành phố (đơn vị hành chính từ 1/7/2025)',
    'Province (administrative units since 1 July 2025)',
  ],
  ['commune_code, commune_name', 'Xã, phường, đặc khu (từ 1/7/2025)', 'Commune or ward (since 1 July 2025)'],
  [
    'product_set_id, product_set_name',
    'Bộ sản phẩm 1–26 theo Phụ lục I Quyết định 26/2026/QĐ-TTg',
    'Product set 1–26, Decision 26/2026 Annex I',
  ],
];

const TEXT = {
  vi: {
    title: 'Dữ liệu mở: sản phẩm OCOP được chứng nhận',
    description:
      'Tải danh sách sản phẩm OCOP được chứng nhận và tình trạng giấy chứng nhận (CSV, JSON), giấy phép CC BY 4.0.',
    lead: 'Danh sách mọi sản phẩm có giấy chứng nhận OCOP (kể cả đã hết hiệu lực hoặc bị thu hồi), với tình trạng tính theo ngày tải về. Dữ liệu cập nhật trong vòng một phút sau khi sổ đăng ký thay đổi.',
    files: 'Tệp dữ liệu',
    csv: 'CSV (UTF-8; dòng đầu tiên bắt đầu bằng # là ghi chú giấy phép)',
    json: 'JSON (giấy phép trong trường licence)',
    licence: 'Giấy phép',
    licenceText: 'Dữ liệu được cung cấp theo giấy phép',
    attribution: 'Khi sử dụng, vui lòng ghi nguồn: Nền tảng OCOP — Chương trình Mỗi xã một sản phẩm.',
    fields: 'Các trường',
    field: 'Trường',
    meaning: 'Ý nghĩa',
  },
  en: {
    title: 'Open data: certified OCOP products',
    description:
      'Download the certified OCOP products and their certificate status (CSV, JSON) under CC BY 4.0.',
    lead: 'Every product with an OCOP certificate (also expired or revoked ones), with the status on the day you download. The data follow the registry within a minute.',
    files: 'Files',
    csv: 'CSV (UTF-8; the first line, starting with #, is the licence note)',
    json: 'JSON (licence in the "licence" field)',
    licence: 'Licence',
    licenceText: 'The data are published under',
    attribution: 'Please credit: OCOP Platform — One Commune One Product programme.',
    fields: 'Fields',
    field: 'Field',
    meaning: 'Meaning',
  },
} as const;

export function renderOpenDataPage(lang: Lang, publicBaseUrl: string): string {
  const t = TEXT[lang];
  const body = html`<h1>${t.title}</h1>
<p class="lead">${t.lead}</p>
<h2>${t.files}</h2>
<ul><li><a href="/open-data/products.csv">products.csv</a> — ${t.csv}</li><li><a href="/open-data/products.json">products.json</a> — ${t.json}</li></ul>
<h2>${t.licence}</h2>
<p>${t.licenceText} <a href="${OPEN_DATA_LICENCE.url}" rel="license">${OPEN_DATA_LICENCE.name}</a>. ${t.attribution}</p>
<h2>${t.fields}</h2>
<dl class="facts">${FIELDS.map(([field, vi, en]) => html`<dt><code>${field}</code></dt><dd>${lang === 'vi' ? vi : en}</dd>`)}</dl>`;
  return portalPage({
    lang,
    publicBaseUrl,
    kind: 'openData',
    title: t.title,
    description: t.description,
    body,
  });
}
