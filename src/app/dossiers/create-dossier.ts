import { and, desc, eq, like, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { type DossierRow, insertDossier } from '../../db/repositories/dossiers.repository.ts';
import { findProducerById } from '../../db/repositories/producers.repository.ts';
import { listCertificates, type ProductRow } from '../../db/repositories/products.repository.ts';
import { findRound } from '../../db/repositories/rounds.repository.ts';
import { dossiers } from '../../db/schema/dossiers.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { formatVietnameseDate, type IsoDate, vietnamDate } from '../../domain/registry/calendar-date.ts';
import { reEvaluationWindow } from '../../domain/registry/certificate-status.ts';
import { latestCriteriaSet } from '../../domain/scoring/catalog.ts';
import { isTerminal, type RegistrationType } from '../../domain/workflow/dossier-states.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { copyDossierEvidence } from '../evidence/copy-dossier-evidence.ts';
import { loadAccessibleProduct } from '../products/load-product.ts';
import { prefillForms } from './dossier-prefill.ts';
import { communeAddress } from './unit-names.ts';

export type CreateDossierInput = Readonly<{
  productId: string;
  registrationType: RegistrationType;
  roundId?: string | undefined;
}>;

const invalid = (field: string, message: string) =>
  new DomainError('VALIDATION_FAILED', message, { fieldErrors: [{ field: `body.${field}`, message }] });

type CertificateRow = Awaited<ReturnType<typeof listCertificates>>[number];

/** The certificate an upgrade or re-evaluation starts from; refuses what the rules do not allow. */
function baseCertificate(type: RegistrationType, certificates: CertificateRow[], today: IsoDate) {
  const live = certificates.find((c) => !c.revokedOn && c.validTo >= today);
  if (type === 'first') {
    if (live) {
      throw invalid(
        'registrationType',
        'Sản phẩm đang có giấy chứng nhận còn hiệu lực: chọn nâng hạng hoặc đánh giá lại.',
      );
    }
    return null;
  }
  if (!live) {
    throw invalid(
      'registrationType',
      'Sản phẩm không có giấy chứng nhận còn hiệu lực: đăng ký đánh giá lần đầu.',
    );
  }
  if (type === 're_evaluation') {
    const window = reEvaluationWindow(live.validTo);
    if (window.ok && today < window.value.opensOn) {
      const opens = formatVietnameseDate(window.value.opensOn);
      throw new DomainError(
        'RE_EVALUATION_WINDOW',
        `Hồ sơ đánh giá lại nộp sớm nhất 180 ngày trước khi giấy chứng nhận hết hạn (từ ngày ${opens}).`,
      );
    }
  }
  if (type === 'upgrade' && live.stars >= 5) throw invalid('registrationType', 'Sản phẩm đã đạt 5 sao.');
  return live;
}

async function nextCode(tx: Tx, year: number): Promise<string> {
  const prefix = `HS-${year}-`;
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(dossiers)
    .where(like(dossiers.code, `${prefix}%`));
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(6, '0')}`;
}

async function lastDossierOf(tx: Tx, productId: string): Promise<DossierRow | undefined> {
  const [row] = await tx
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.productId, productId)))
    .orderBy(desc(dossiers.createdAt))
    .limit(1);
  return row;
}

async function checkRound(tx: Tx, roundId: string | undefined, product: ProductRow) {
  if (!roundId) return null;
  const round = await findRound(tx, roundId);
  if (round?.level !== 'province' || round.provinceCode !== product.provinceCode) {
    throw invalid('roundId', 'Không có đợt đánh giá này của tỉnh.');
  }
  if (round.isClosed) throw invalid('roundId', 'Đợt đánh giá đã đóng.');
  return round;
}

/** Opens a dossier for a product (the producer, or an officer for it), pre-filled from the last one. */
export async function createDossier(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  input: CreateDossierInput,
): Promise<DossierRow> {
  if (!['producer', 'commune_officer', 'province_officer'].includes(actor.role)) {
    throw new DomainError('FORBIDDEN', 'Chỉ chủ thể hoặc cán bộ OCOP được lập hồ sơ.');
  }
  const product = await loadAccessibleProduct(deps.db, actor, input.productId);
  if (!product.productSetId)
    throw invalid('productId', 'Sản phẩm chưa được xếp vào bộ sản phẩm (Phụ lục I).');
  const producer = await findProducerById(deps.db, product.producerId);
  if (!producer) throw new DomainError('PRODUCER_NOT_FOUND', 'Không tìm thấy chủ thể.');
  const now = deps.now();
  const today = vietnamDate(now);
  const productSetId = product.productSetId;
  return deps.db.transaction(async (tx) => {
    const base = baseCertificate(input.registrationType, await listCertificates(tx, product.id), today);
    const round = await checkRound(tx, input.roundId, product);
    const previous = await lastDossierOf(tx, product.id);
    if (previous && !isTerminal(previous.state)) {
      throw new DomainError(
        'DOSSIER_ALREADY_OPEN',
        `Sản phẩm đang có hồ sơ ${previous.code} chưa xử lý xong.`,
      );
    }
    const startFrom =
      previous?.state === 'recognised' && input.registrationType !== 'first' ? previous : undefined;
    const forms = prefillForms(
      producer,
      product,
      communeAddress(deps.adminUnits, product.communeCode),
      startFrom,
    );
    const row = await insertDossier(tx, {
      code: await nextCode(tx, Number(today.slice(0, 4))),
      productId: product.id,
      producerId: product.producerId,
      provinceCode: product.provinceCode,
      communeCode: product.communeCode,
      registrationType: input.registrationType,
      state: 'draft',
      roundId: round?.id ?? null,
      previousDossierId: startFrom?.id ?? null,
      baseCertificateId: base?.id ?? null,
      criteriaSetId: latestCriteriaSet(deps.criteriaSets)?.id ?? '26/2026/QĐ-TTg',
      productSetId,
      form01: forms.form01,
      form02: forms.form02,
      selfAssessment: startFrom?.selfAssessment ?? null,
      selfTotal: startFrom?.selfTotal ?? null,
      selfStars: startFrom?.selfStars ?? null,
      createdBy: auditActor.id,
      createdAt: now,
      updatedAt: now,
    });
    if (startFrom) await copyDossierEvidence(tx, startFrom.id, row.id, now);
    await recordChange(tx, auditActor, now, {
      entity: 'dossier',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return row;
  });
}
