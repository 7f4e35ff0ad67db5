import { randomUUID } from 'node:crypto';
import type { NewPlanTargetRow } from '../../db/repositories/plans.repository.ts';
import { DomainError, type FieldError } from '../../domain/errors.ts';
import { indicatorDefinition, isIndicatorCode } from '../../domain/programme/indicator-catalogue.ts';
import { checkIndicatorParams } from '../../domain/programme/indicator-params.ts';
import type { Comparator } from '../../domain/programme/target-progress.ts';
import { isIsoDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';

export type PlanTargetInput = {
  /** Keeps the id of an existing target of the plan (updates only). */
  id?: string | undefined;
  indicator: string;
  params?: Record<string, unknown> | undefined;
  comparator?: Comparator | undefined;
  targetValue: number;
  /** The plan's words, as written ("Phấn đấu > 230 sản phẩm OCOP đến năm 2025"). */
  wording?: string | null | undefined;
  /** Only for indicators the platform cannot compute. */
  manualValue?: number | null | undefined;
  manualAsOf?: string | null | undefined;
};

export type PlanInput = {
  level: 'province' | 'national';
  provinceCode?: string | null | undefined;
  name: string;
  decisionRef?: string | null | undefined;
  periodFrom: string;
  periodTo: string;
  targets?: PlanTargetInput[] | undefined;
};

/** numeric(14, 2) holds up to 999,999,999,999.99. */
const MAX_VALUE = 1e12;

const invalid = (fieldErrors: FieldError[]) =>
  new DomainError('VALIDATION_FAILED', 'Thông tin kế hoạch chưa hợp lệ.', { fieldErrors });

/** The plan's own columns, checked (level ↔ province, a real 2025 province, the period). */
export function planColumns(deps: AppDeps, input: PlanInput) {
  const fieldErrors: FieldError[] = [];
  const provinceCode = input.level === 'national' ? null : (input.provinceCode ?? null);
  if (input.level === 'national' && input.provinceCode) {
    fieldErrors.push({ field: 'body.provinceCode', message: 'Kế hoạch toàn quốc không gắn với tỉnh.' });
  }
  if (input.level === 'province' && (!provinceCode || !deps.adminUnits.province2025(provinceCode))) {
    fieldErrors.push({ field: 'body.provinceCode', message: 'Cần mã tỉnh (đơn vị từ 1/7/2025).' });
  }
  if (input.name.trim() === '') fieldErrors.push({ field: 'body.name', message: 'Cần tên kế hoạch.' });
  for (const key of ['periodFrom', 'periodTo'] as const) {
    if (!isIsoDate(input[key]))
      fieldErrors.push({ field: `body.${key}`, message: 'Cần ngày dạng YYYY-MM-DD.' });
  }
  if (isIsoDate(input.periodFrom) && isIsoDate(input.periodTo) && input.periodTo < input.periodFrom) {
    fieldErrors.push({
      field: 'body.periodTo',
      message: 'Ngày kết thúc kỳ kế hoạch phải không trước ngày bắt đầu.',
    });
  }
  if (fieldErrors.length > 0) throw invalid(fieldErrors);
  return {
    level: input.level,
    provinceCode,
    name: input.name.trim(),
    decisionRef: input.decisionRef?.trim() || null,
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
  };
}

function targetRow(
  planId: string,
  t: PlanTargetInput,
  i: number,
  existingIds: ReadonlySet<string>,
  today: string,
  fieldErrors: FieldError[],
): NewPlanTargetRow | null {
  const at = (key: string) => `body.targets.${i}.${key}`;
  if (t.id !== undefined && !existingIds.has(t.id)) {
    fieldErrors.push({ field: at('id'), message: 'Chỉ tiêu này không thuộc kế hoạch.' });
  }
  if (!isIndicatorCode(t.indicator)) {
    fieldErrors.push({ field: at('indicator'), message: `Không có chỉ số "${t.indicator}".` });
    return null;
  }
  const params = checkIndicatorParams(t.indicator, t.params ?? {});
  if (!params.ok) {
    for (const p of params.problems) fieldErrors.push({ field: at(`params.${p.param}`), message: p.message });
  }
  if (Math.abs(t.targetValue) >= MAX_VALUE) {
    fieldErrors.push({ field: at('targetValue'), message: 'Giá trị quá lớn (tối đa 999 tỷ).' });
  }
  const hasManual = t.manualValue !== undefined && t.manualValue !== null;
  if (hasManual && !indicatorDefinition(t.indicator).manualOnly) {
    const label = indicatorDefinition(t.indicator).label.vi;
    throw new DomainError(
      'MANUAL_VALUE_NOT_ALLOWED',
      `Chỉ tiêu ${i + 1} ("${label}") được tính từ dữ liệu trên nền tảng; không nhập giá trị tay.`,
      { fieldErrors: [{ field: at('manualValue'), message: 'Chỉ số này được tính tự động.' }] },
    );
  }
  if (t.manualAsOf && !isIsoDate(t.manualAsOf)) {
    fieldErrors.push({ field: at('manualAsOf'), message: 'Cần ngày dạng YYYY-MM-DD.' });
  }
  if (!params.ok) return null;
  return {
    id: t.id ?? randomUUID(),
    planId,
    indicator: t.indicator,
    params: params.params as Record<string, unknown>,
    comparator: t.comparator ?? '>=',
    targetValue: t.targetValue.toFixed(2),
    wording: t.wording?.trim() || null,
    manualValue: hasManual ? (t.manualValue as number).toFixed(2) : null,
    manualAsOf: hasManual ? t.manualAsOf || today : null,
    sortOrder: i,
  };
}

/**
 * The target rows of a plan, checked: a known indicator, its parameters, and a manual value only where the
 * indicator is manual-only (422 MANUAL_VALUE_NOT_ALLOWED otherwise).
 */
export function targetRows(
  planId: string,
  targets: readonly PlanTargetInput[],
  existingIds: ReadonlySet<string>,
  today: string,
): NewPlanTargetRow[] {
  const fieldErrors: FieldError[] = [];
  const seen = new Set<string>();
  targets.forEach((t, i) => {
    if (t.id !== undefined && seen.has(t.id)) {
      fieldErrors.push({ field: `body.targets.${i}.id`, message: 'Chỉ tiêu bị lặp.' });
    }
    if (t.id !== undefined) seen.add(t.id);
  });
  const rows = targets.map((t, i) => targetRow(planId, t, i, existingIds, today, fieldErrors));
  if (fieldErrors.length > 0) throw invalid(fieldErrors);
  return rows.filter((r): r is NewPlanTargetRow => r !== null);
}
