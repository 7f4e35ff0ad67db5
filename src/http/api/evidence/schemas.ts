import { z } from 'zod';
import { EVIDENCE_STATUSES } from '../../../domain/evidence/evidence-status.ts';
import { EVIDENCE_TYPE_CODES } from '../../../domain/evidence/evidence-types.ts';
import { isIsoDate } from '../../../domain/registry/calendar-date.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD')
  .refine(isIsoDate, 'Ngày không có thật');
const optionalText = (max: number) => z.string().trim().max(max).nullish();
const evidenceType = z
  .enum(EVIDENCE_TYPE_CODES)
  .describe('Loại minh chứng theo danh mục gợi ý của Mẫu 02 (Phụ lục III Quyết định 26/2026)');

export const EvidenceSchema = z
  .object({
    id: z.uuid(),
    producerId: z.uuid(),
    type: z.string(),
    typeLabel: z.string(),
    expectsExpiry: z.boolean().describe('Loại giấy tờ này thường có thời hạn (cần ngày hết hiệu lực)'),
    title: z.string(),
    number: z.string().nullable(),
    issuer: z.string().nullable(),
    issuedOn: z.string().nullable(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    status: z.enum(EVIDENCE_STATUSES).describe('valid | expiring (≤ 90 ngày) | expired | no_expiry'),
    fileName: z.string(),
    mimeType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    fileUrl: z.string().describe('Tải tệp (cần đăng nhập và quyền xem)'),
    isArchived: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Evidence' });

export const ProducerEvidenceParams = z.object({ producerId: z.uuid() });
export const EvidenceIdParams = z.object({ id: z.uuid() });

export const EvidenceListQuery = z.object({
  type: evidenceType.optional(),
  includeArchived: z.stringbool().optional(),
});

const metadataFields = {
  type: evidenceType,
  title: z
    .string()
    .trim()
    .min(2)
    .max(300)
    .describe('Tên tài liệu, ví dụ "Giấy chứng nhận cơ sở đủ điều kiện ATTP"'),
  number: optionalText(100).describe('Số hiệu văn bản'),
  issuer: optionalText(300).describe('Cơ quan cấp'),
  issuedOn: isoDate.nullish(),
  validFrom: isoDate.nullish(),
  validTo: isoDate.nullish().describe('Ngày hết hiệu lực (không được trước ngày có hiệu lực)'),
};

export const UploadEvidenceQuery = z.object({
  ...metadataFields,
  fileName: z.string().max(255).optional().describe('Tên tệp gốc, dùng khi tải về'),
});

export const UpdateEvidenceBody = z
  .object(metadataFields)
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'Không có gì để cập nhật' });

export const EvidenceListSchema = z.object({ items: z.array(EvidenceSchema), total: z.number().int() });
