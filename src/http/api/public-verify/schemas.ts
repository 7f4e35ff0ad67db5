import { z } from 'zod';

const text = z.object({ vi: z.string(), en: z.string() });
const tone = z.enum(['green', 'amber', 'red', 'grey']);

export const VerifyParams = z.object({ code: z.string().max(64) });

export const VerifyQuery = z.object({
  lat: z.coerce.number().min(-90).max(90).optional().describe('Vĩ độ (làm tròn 2 chữ số khi lưu)'),
  lon: z.coerce.number().min(-180).max(180).optional().describe('Kinh độ (làm tròn 2 chữ số khi lưu)'),
});

export const StampVerificationSchema = z
  .object({
    code: z.string().nullable().describe('Mã tem chuẩn (13 ký tự); null khi mã không hợp lệ'),
    result: z
      .enum(['genuine', 'void', 'unknown', 'invalid'])
      .describe(
        'genuine: tem do cơ quan OCOP cấp; void: lô tem đã bị hủy; unknown: không có mã này; invalid: sai mã',
      ),
    tone: tone.describe(
      'green còn hiệu lực; amber sắp hết hạn / gia hạn; red hết hiệu lực, thu hồi, tem hủy; grey không xác định',
    ),
    headline: text,
    status: z.object({
      code: z
        .enum(['valid', 'expiring', 'extended', 'not_yet_valid', 'expired', 'revoked'])
        .nullable()
        .describe('Tình trạng giấy chứng nhận hiện hành của sản phẩm (chỉ với tem chính hãng)'),
      title: text,
      details: z.array(text),
    }),
    stamp: z
      .object({
        serial: z.number().int(),
        batchStatus: z.enum(['issued', 'printed', 'void']),
        printedStars: z.number().int().describe('Số sao in trên tem (theo giấy chứng nhận khi cấp lô)'),
      })
      .nullable(),
    product: z
      .object({
        name: z.string(),
        slug: z.string(),
        producerName: z.string(),
        provinceCode: z.string(),
        gtin: z.string().nullable(),
        photoUrl: z.string().nullable(),
      })
      .nullable(),
    certificate: z
      .object({
        number: z.string().nullable(),
        stars: z.number().int(),
        validFrom: z.string(),
        validTo: z.string(),
        revokedOn: z.string().nullable(),
        revocationGround: z.string().nullable(),
        revocationDecision: z.string().nullable(),
      })
      .nullable(),
    checkedOn: z.string().describe('Ngày (giờ Việt Nam) tình trạng được tính'),
    links: z.object({ page: z.string().nullable(), gs1: z.string().nullable(), report: z.string() }),
  })
  .meta({ id: 'StampVerification' });

export const LocationBody = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const ReportBody = z.object({
  code: z.string().max(64).nullish().describe('Mã tem đã quét hoặc in trên tem (có thể là mã giả)'),
  note: z.string().trim().min(5).max(2000).describe('Mô tả vấn đề'),
  contact: z.string().max(200).nullish().describe('Số điện thoại hoặc e-mail (không bắt buộc)'),
  place: z.string().max(300).nullish().describe('Nơi mua hoặc nơi thấy sản phẩm'),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  photoBase64: z
    .string()
    .max(7_100_000)
    .nullish()
    .describe('Ảnh JPEG, PNG, WebP hoặc HEIC mã hóa base64, tối đa 5 MB'),
});

export const ReportReceiptSchema = z
  .object({
    id: z.uuid(),
    state: z.literal('new'),
    provinceCode: z.string().nullable().describe('Tỉnh tiếp nhận; null: Bộ'),
    hasPhoto: z.boolean(),
  })
  .meta({ id: 'MisuseReportReceipt' });
