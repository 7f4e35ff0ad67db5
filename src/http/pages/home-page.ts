import { html } from './html.ts';
import { type Lang, layout } from './layout.ts';

const TEXT = {
  vi: {
    title: 'Nền tảng OCOP — Chương trình Mỗi xã một sản phẩm',
    description:
      'Nền tảng số vận hành Chương trình OCOP từ đăng ký chủ thể, hồ sơ, chấm điểm, chứng nhận đến tra cứu tem sao và giới thiệu sản phẩm.',
    heading: 'Nền tảng số cho Chương trình Mỗi xã một sản phẩm (OCOP)',
    lead: 'Một hệ thống cho cả quy trình: chủ thể nộp hồ sơ, xã kiểm tra, hội đồng tỉnh chấm điểm theo bộ tiêu chí của Quyết định 26/2026/QĐ-TTg, giấy chứng nhận 36 tháng, tem sao có mã QR để người tiêu dùng kiểm tra trực tiếp.',
    what: 'Nền tảng phục vụ',
    cards: [
      [
        'Chủ thể sản xuất',
        'Hợp tác xã, doanh nghiệp, hộ sản xuất đăng ký sản phẩm, tự đánh giá và nộp hồ sơ.',
      ],
      ['Cán bộ xã, tỉnh', 'Tiếp nhận, kiểm tra hồ sơ, theo dõi thời hạn và chỉ tiêu của địa phương.'],
      ['Hội đồng đánh giá', 'Chấm điểm độc lập trên phiếu điện tử, tổng hợp kết quả và phân hạng sao.'],
      ['Người tiêu dùng', 'Quét tem QR để biết sản phẩm còn hiệu lực chứng nhận OCOP hay không.'],
    ],
    adminLink: 'Đăng nhập quản trị',
    apiLink: 'Tài liệu API',
    other: 'English',
    otherPath: '/en',
    footer: 'Dữ liệu đơn vị hành chính: 34 tỉnh, thành phố và 3.321 xã, phường, đặc khu từ ngày 1/7/2025.',
  },
  en: {
    title: 'OCOP Platform — One Commune One Product',
    description:
      "The digital platform that runs Vietnam's OCOP programme: producers, dossiers, scoring, certificates, star stamps and the public catalogue.",
    heading: "The digital platform for Vietnam's One Commune One Product (OCOP) programme",
    lead: 'One system for the whole process: producers submit dossiers, communes check them, provincial councils score them on the official sheets of Decision 26/2026/QĐ-TTg, certificates last 36 months, and QR star stamps let consumers verify a product live.',
    what: 'Who it serves',
    cards: [
      ['Producers', 'Cooperatives, SMEs and households register products, self-assess and submit dossiers.'],
      ['Commune and province officers', 'Receive and check dossiers, follow deadlines and local targets.'],
      ['Evaluation councils', 'Score independently on digital sheets; results are aggregated and ranked.'],
      ['Consumers', 'Scan a QR stamp to see whether the product’s OCOP certificate is still valid.'],
    ],
    adminLink: 'Back-office log-in',
    apiLink: 'API documentation',
    other: 'Tiếng Việt',
    otherPath: '/',
    footer:
      'Administrative units: 34 provinces and 3,321 communes, wards and special zones since 1 July 2025.',
  },
} as const;

export function renderHomePage(lang: Lang, publicBaseUrl: string): string {
  const t = TEXT[lang];
  const body = html`<header>
  <a class="brand" href="${lang === 'vi' ? '/' : '/en'}">OCOP</a>
  <nav aria-label="${lang === 'vi' ? 'Liên kết chính' : 'Main links'}">
    <a href="/admin/">${t.adminLink}</a><a href="/docs">${t.apiLink}</a><a href="${t.otherPath}" hreflang="${lang === 'vi' ? 'en' : 'vi'}">${t.other}</a>
  </nav>
</header>
<main>
  <h1>${t.heading}</h1>
  <p class="lead">${t.lead}</p>
  <h2>${t.what}</h2>
  <ul class="cards">${t.cards.map(([title, text]) => html`<li><h3>${title}</h3><p>${text}</p></li>`)}</ul>
</main>
<footer><p>${t.footer}</p></footer>`;
  return layout({
    lang,
    title: t.title,
    description: t.description,
    canonicalPath: lang === 'vi' ? '/' : '/en',
    alternatePath: t.otherPath,
    publicBaseUrl,
    body,
  });
}
