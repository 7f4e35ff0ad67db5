import type { PlanRow, PlanTargetRow } from '../../db/repositories/plans.repository.ts';
import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import {
  type IndicatorCode,
  type IndicatorUnit,
  indicatorDefinition,
  isIndicatorCode,
  type Label,
} from '../../domain/programme/indicator-catalogue.ts';
import {
  checkIndicatorParams,
  type IndicatorParams,
  unitOf,
} from '../../domain/programme/indicator-params.ts';
import { NATIONAL, type ProgrammeScope, provinceScope } from '../../domain/programme/programme-scope.ts';
import type { Comparator } from '../../domain/programme/target-progress.ts';

export type PlanTargetView = {
  id: string;
  indicator: IndicatorCode;
  label: Label;
  unit: IndicatorUnit;
  manualOnly: boolean;
  params: IndicatorParams;
  comparator: Comparator;
  targetValue: number;
  wording: string | null;
  manualValue: number | null;
  manualAsOf: string | null;
};

export type PlanView = {
  id: string;
  level: 'province' | 'national';
  province: { code: string; name: string } | null;
  name: string;
  decisionRef: string | null;
  periodFrom: string;
  periodTo: string;
  createdAt: string;
  updatedAt: string;
  targets: PlanTargetView[];
};

export const scopeOfPlan = (plan: Pick<PlanRow, 'level' | 'provinceCode'>): ProgrammeScope =>
  plan.level === 'national' || !plan.provinceCode ? NATIONAL : provinceScope(plan.provinceCode);

export function targetViewOf(row: PlanTargetRow): PlanTargetView {
  // Rows were checked when written; an indicator renamed since would show as a manual custom target.
  const indicator: IndicatorCode = isIndicatorCode(row.indicator) ? row.indicator : 'custom';
  const checked = checkIndicatorParams(indicator, row.params);
  const params = checked.ok ? checked.params : {};
  return {
    id: row.id,
    indicator,
    label: indicatorDefinition(indicator).label,
    unit: unitOf(indicator, params),
    manualOnly: indicatorDefinition(indicator).manualOnly,
    params,
    comparator: row.comparator,
    targetValue: Number(row.targetValue),
    wording: row.wording,
    manualValue: row.manualValue === null ? null : Number(row.manualValue),
    manualAsOf: row.manualAsOf,
  };
}

export function planViewOf(
  units: AdminUnitsIndex,
  plan: PlanRow,
  targets: readonly PlanTargetRow[],
): PlanView {
  const province = plan.provinceCode ? units.province2025(plan.provinceCode) : undefined;
  return {
    id: plan.id,
    level: plan.level,
    province: province ? { code: province.code, name: province.name } : null,
    name: plan.name,
    decisionRef: plan.decisionRef,
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
    targets: targets.filter((t) => t.planId === plan.id).map(targetViewOf),
  };
}
