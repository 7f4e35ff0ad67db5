import type { Lang } from '../layout.ts';

/** Where the page lives in each language. */
export const PAGE_PATHS: Record<Lang, string> = { vi: '/tu-danh-gia', en: '/en/self-assessment' };
export const STYLESHEET_PATH = '/tu-danh-gia.css';

const number = (lang: Lang, n: number) =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(n);

const when = (lang: Lang, iso: string) =>
  new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));

export const TEXT = {
  vi: {
    title: 'Tự đánh giá sản phẩm OCOP',
    titleWith: (name: string, id: number) => `Tự đánh giá: ${name} (bộ ${id})`,
    description:
      'Chấm thử sản phẩm theo bộ tiêu chí OCOP: chọn bộ sản phẩm, trả lời từng tiêu chí, xem hạng sao dự kiến và những tiêu chí còn thiếu.',
    lead: 'Chọn bộ sản phẩm, trả lời từng tiêu chí theo thực tế của sản phẩm rồi bấm “Xem kết quả dự kiến”. Kết quả chỉ để tham khảo: hạng sao chính thức do hội đồng đánh giá chấm.',
    home: 'Trang chủ',
    homePath: '/',
    other: 'English',
    nav: 'Liên kết chính',
    login: 'Đăng nhập',
    signedInAs: (name: string) => `Đã đăng nhập: ${name}`,
    pickHeading: 'Chọn bộ sản phẩm',
    pickLabel: 'Bộ sản phẩm',
    pickPlaceholder: '— Chọn bộ sản phẩm —',
    pickButton: 'Mở phiếu đánh giá',
    setOption: (id: number, name: string) => `${id}. ${name}`,
    sheetMeta: (sector: string, group: string, decision: string) =>
      `Ngành ${sector} · Nhóm ${group} · Bộ tiêu chí theo Quyết định ${decision}`,
    contentNote: null as string | null,
    part: (code: string, name: string, max: number) => `Phần ${code}: ${name} (${number('vi', max)} điểm)`,
    section: (code: string, name: string, max: number) => `${code}. ${name} (${number('vi', max)} điểm)`,
    group: (code: string, name: string, max: number) => `${code} ${name} (${number('vi', max)} điểm)`,
    maxPoints: (max: number) => `tối đa ${number('vi', max)} điểm`,
    points: (n: number) => `${number('vi', n)} điểm`,
    marker: (stars: number) => `tối thiểu ${stars}★`,
    markerLong: (stars: number) => `Yêu cầu tối thiểu để đạt hạng ${stars} sao`,
    needHere: (stars: number, label: string) => `Để đạt ${stars}★ cần chọn ít nhất: “${label}”`,
    scoreButton: 'Xem kết quả dự kiến',
    saveButton: 'Lưu nháp',
    draftHint: 'Bạn là chủ thể OCOP? Đăng nhập để lưu nháp và làm tiếp lần sau.',
    resultHeading: 'Kết quả dự kiến',
    starsLine: (stars: number) => `Hạng dự kiến: ${stars} sao`,
    total: 'Tổng điểm',
    totalValue: (total: number) => `${number('vi', total)} / 100`,
    band: 'Hạng theo tổng điểm',
    starsValue: (stars: number) => `${stars} sao`,
    certifiable: 'Đủ điều kiện công nhận OCOP nếu hội đồng chấm như trên.',
    notCertifiable: 'Chưa đủ điều kiện công nhận OCOP (cần từ 3 sao).',
    partsCaption: 'Điểm theo từng phần',
    partColumn: 'Phần',
    pointsColumn: 'Điểm',
    maxColumn: 'Tối đa',
    number: (n: number) => number('vi', n),
    unanswered: (n: number) => `Còn ${n} tiêu chí chưa trả lời (tính 0 điểm).`,
    needLead: (stars: number) => `Để đạt ${stars}★ bạn còn cần:`,
    needItem: (label: string, points: number, now: number) =>
      `chọn ít nhất “${label}” (${number('vi', points)} điểm; hiện ${number('vi', now)} điểm)`,
    nextBand: (missing: number, stars: number, min: number) =>
      `Cần thêm ${number('vi', missing)} điểm để tổng điểm đạt mức ${stars}★ (từ ${number('vi', min)} điểm).`,
    draftSaved: (iso: string) => `Đã lưu nháp lúc ${when('vi', iso)}.`,
    draftLoaded: (iso: string) => `Đã nạp bản nháp lưu lúc ${when('vi', iso)}.`,
    errorsHeading: 'Chưa chấm được phiếu này',
    unknownSet: 'Không có bộ sản phẩm này. Hãy chọn một bộ từ 1 đến 26.',
    csrfInvalid: 'Không lưu được nháp: thiếu hoặc sai mã chống giả mạo. Hãy tải lại trang rồi thử lại.',
    loginToSave: 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại để lưu nháp.',
  },
  en: {
    title: 'OCOP product self-assessment',
    titleWith: (name: string, id: number) => `Self-assessment: ${name} (set ${id})`,
    description:
      'Score a product against the OCOP criteria: pick its product set, answer each criterion, and see the predicted star rating and what is still missing.',
    lead: 'Pick the product set, answer every criterion as things stand for your product, then press “Show predicted result”. The result is indicative only: the official rating is given by the evaluation council.',
    home: 'Home',
    homePath: '/en',
    other: 'Tiếng Việt',
    nav: 'Main links',
    login: 'Log in',
    signedInAs: (name: string) => `Signed in: ${name}`,
    pickHeading: 'Pick a product set',
    pickLabel: 'Product set',
    pickPlaceholder: '— Pick a product set —',
    pickButton: 'Open the score sheet',
    setOption: (id: number, name: string) => `${id}. ${name}`,
    sheetMeta: (sector: string, group: string, decision: string) =>
      `Sector ${sector} · Group ${group} · Criteria of Decision ${decision}`,
    contentNote:
      'The score sheets are published in Vietnamese only: criteria and options are shown as worded in the decision.' as
        | string
        | null,
    part: (code: string, name: string, max: number) => `Part ${code}: ${name} (${number('en', max)} pts)`,
    section: (code: string, name: string, max: number) => `${code}. ${name} (${number('en', max)} pts)`,
    group: (code: string, name: string, max: number) => `${code} ${name} (${number('en', max)} pts)`,
    maxPoints: (max: number) => `max ${number('en', max)} pts`,
    points: (n: number) => `${number('en', n)} ${n === 1 ? 'pt' : 'pts'}`,
    marker: (stars: number) => `min. for ${stars}★`,
    markerLong: (stars: number) => `Minimum required for a ${stars}-star rating`,
    needHere: (stars: number, label: string) => `For ${stars}★ choose at least: “${label}”`,
    scoreButton: 'Show predicted result',
    saveButton: 'Save draft',
    draftHint: 'An OCOP producer? Log in to save a draft and continue later.',
    resultHeading: 'Predicted result',
    starsLine: (stars: number) => `Predicted rating: ${stars} stars`,
    total: 'Total score',
    totalValue: (total: number) => `${number('en', total)} / 100`,
    band: 'Rating by total score',
    starsValue: (stars: number) => `${stars} stars`,
    certifiable: 'Eligible for OCOP recognition if the council scores it the same way.',
    notCertifiable: 'Not yet eligible for OCOP recognition (3 stars or more needed).',
    partsCaption: 'Score per part',
    partColumn: 'Part',
    pointsColumn: 'Score',
    maxColumn: 'Max',
    number: (n: number) => number('en', n),
    unanswered: (n: number) => `${n} criteria not answered yet (scored 0).`,
    needLead: (stars: number) => `To reach ${stars}★ you still need:`,
    needItem: (label: string, points: number, now: number) =>
      `at least “${label}” (${number('en', points)} pts; now ${number('en', now)})`,
    nextBand: (missing: number, stars: number, min: number) =>
      `${number('en', missing)} more points would bring the total to the ${stars}★ band (from ${number('en', min)}).`,
    draftSaved: (iso: string) => `Draft saved at ${when('en', iso)}.`,
    draftLoaded: (iso: string) => `Loaded your draft saved at ${when('en', iso)}.`,
    errorsHeading: 'This sheet could not be scored',
    unknownSet: 'There is no such product set. Pick one from 1 to 26.',
    csrfInvalid:
      'Draft not saved: the anti-forgery token is missing or wrong. Reload the page and try again.',
    loginToSave: 'Your session has expired. Log in again to save a draft.',
  },
} satisfies Record<Lang, unknown>;

export type PageText = (typeof TEXT)[Lang];
