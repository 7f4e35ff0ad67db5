// What a verification says, in words: the one-line verdict at the top and the status panel under it. Shared by
// the page (/v/{code}, GS1 links) and the JSON API, so both say the same thing.
import type { StampVerification } from '../../../app/stamps/verify-stamp.ts';
import type { StampTone } from '../../../domain/stamps/stamp-verdict.ts';
import {
  presentCertificateStatus,
  type StatusPresentation,
} from '../verification/certificate-status-panel.ts';

type Text = Readonly<{ vi: string; en: string }>;

export type StampPresentation = Readonly<{ tone: StampTone; headline: Text; panel: StatusPresentation }>;

const VOID_PANEL: StatusPresentation = {
  tone: 'red',
  symbol: '✕',
  title: { vi: 'Tem đã bị hủy', en: 'Void stamp' },
  details: [
    {
      vi: 'Lô tem này đã bị cơ quan quản lý OCOP hủy (ví dụ do thất lạc hoặc in lỗi). Sản phẩm mang tem này không được xác nhận là sản phẩm OCOP.',
      en: 'The OCOP office cancelled this batch of stamps (e.g. lost or misprinted). A product carrying it is not confirmed as an OCOP product.',
    },
  ],
};

const UNKNOWN_PANEL: StatusPresentation = {
  tone: 'grey',
  symbol: '?',
  title: { vi: 'Không có trong sổ tem OCOP', en: 'Not in the OCOP stamp register' },
  details: [
    {
      vi: 'Mã đúng định dạng nhưng không phải tem do cơ quan OCOP cấp. Tem có thể là giả: hãy báo cho chúng tôi ở cuối trang.',
      en: 'The code is well formed but no OCOP office issued it. The stamp may be fake: please report it below.',
    },
  ],
};

const INVALID_PANEL: StatusPresentation = {
  tone: 'grey',
  symbol: '?',
  title: { vi: 'Không phải mã tem OCOP', en: 'Not an OCOP stamp code' },
  details: [
    {
      vi: 'Mã sai định dạng hoặc sai ký tự kiểm tra. Nếu bạn gõ mã bằng tay, hãy kiểm tra lại từng ký tự.',
      en: 'The code is malformed or its check character is wrong. If you typed it, please check each character.',
    },
  ],
};

const GENUINE: Record<StampTone, Text> = {
  green: { vi: 'Tem OCOP chính hãng', en: 'Genuine OCOP stamp' },
  amber: { vi: 'Tem OCOP chính hãng — lưu ý hiệu lực', en: 'Genuine OCOP stamp — check the validity' },
  red: {
    vi: 'Tem chính hãng, nhưng sản phẩm không còn được công nhận OCOP',
    en: 'Genuine stamp, but the product is no longer OCOP certified',
  },
  grey: {
    vi: 'Tem chính hãng — chưa xác định được giấy chứng nhận',
    en: 'Genuine stamp — the certificate could not be determined',
  },
};

export function presentStamp(v: StampVerification): StampPresentation {
  switch (v.verdict.result) {
    case 'genuine': {
      const decision = v.record?.certificate?.revocationDecision ?? undefined;
      const panel = presentCertificateStatus(v.verdict.status, decision);
      return { tone: panel.tone, headline: GENUINE[panel.tone], panel };
    }
    case 'void':
      return { tone: 'red', headline: { vi: 'Tem đã bị hủy', en: 'Void stamp' }, panel: VOID_PANEL };
    case 'unknown':
      return {
        tone: 'grey',
        headline: { vi: 'Không tìm thấy mã tem', en: 'Unknown stamp code' },
        panel: UNKNOWN_PANEL,
      };
    case 'invalid':
      return {
        tone: 'grey',
        headline: { vi: 'Mã tem không hợp lệ', en: 'Invalid stamp code' },
        panel: INVALID_PANEL,
      };
  }
}
