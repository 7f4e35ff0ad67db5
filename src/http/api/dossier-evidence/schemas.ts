import { z } from 'zod';
import { EVIDENCE_WARNING_KINDS } from '../../../domain/evidence/evidence-warnings.ts';
import { EvidenceSchema } from '../evidence/schemas.ts';

export const DossierIdParams = z.object({ id: z.uuid() });
export const DossierEvidenceFileParams = z.object({ id: z.uuid(), evidenceId: z.uuid() });

export const SetDossierEvidenceBody = z.object({
  items: z
    .array(
      z.object({
        evidenceId: z.uuid(),
        criterionCode: z
          .string()
          .trim()
          .max(20)
          .nullish()
          .describe('Mã tiêu chí, mục hoặc phần trên phiếu đánh giá ("1.1", "6.1.1", "A"); trống: cả hồ sơ'),
        note: z.string().trim().max(1000).nullish(),
      }),
    )
    .max(300)
    .describe('Danh sách thay thế toàn bộ danh sách cũ'),
});

export const EvidenceWarningSchema = z
  .object({
    evidenceId: z.uuid(),
    kind: z.enum(EVIDENCE_WARNING_KINDS),
    validTo: z.string(),
    message: z.string(),
    messageEn: z.string(),
  })
  .meta({ id: 'EvidenceWarning' });

export const DossierEvidenceSchema = z
  .object({
    decisionDeadline: z
      .string()
      .nullable()
      .describe('Hạn ra quyết định của đợt đánh giá (null: chưa vào đợt)'),
    items: z.array(
      z.object({
        evidence: EvidenceSchema,
        criterionCode: z.string().nullable(),
        note: z.string().nullable(),
        linkedAt: z.string(),
        warning: z.enum(EVIDENCE_WARNING_KINDS).nullable(),
      }),
    ),
    warnings: z.array(EvidenceWarningSchema),
  })
  .meta({ id: 'DossierEvidence' });
