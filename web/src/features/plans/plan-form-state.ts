import { ApiError } from '../../api/http';
import type {
  Comparator,
  CreatePlanBody,
  IndicatorDefinition,
  IndicatorParams,
  Plan,
  PlanLevel,
  PlanTarget,
  TargetBody,
} from '../../api/programme';

// The plan form edits strings (what the inputs hold); the body sent is built from them here, keeping only the
// parameters the chosen indicator takes and a manual value only for an indicator the platform cannot compute.

export const COMPARATORS: readonly Comparator[] = ['>=', '>', '<=', '='];
export const PRODUCER_TYPE_CODES = [
  'cooperative',
  'cooperative_group',
  'sme',
  'farm',
  'household',
  'society',
  'association',
  'operating_centre',
  'equivalent_organisation',
] as const;
export const CHANNEL_GROUPS = ['ecommerce', 'retail', 'social', 'website'] as const;
export const SALE_POINT_LEVELS = ['commune', 'province', 'national'] as const;
export const EVENT_KINDS = ['fair', 'exhibition', 'supply_demand', 'other'] as const;
export const VALUE_UNITS = ['count', 'percent', 'vnd'] as const;

export interface ParamDraft {
  minStars: string;
  types: string[];
  channels: string[];
  level: string;
  supportKind: string;
  eventKinds: string[];
  year: string;
  minRatio: string;
  maxRatio: string;
  unit: string;
}

export interface TargetDraft {
  /** A stable React key for the row (the server id when there is one). */
  key: string;
  id: string | null;
  indicator: string;
  params: ParamDraft;
  comparator: Comparator;
  targetValue: string;
  wording: string;
  manualValue: string;
  manualAsOf: string;
}

export interface PlanDraft {
  level: PlanLevel;
  provinceCode: string;
  name: string;
  decisionRef: string;
  periodFrom: string;
  periodTo: string;
  targets: TargetDraft[];
}

const emptyParams = (): ParamDraft => ({
  minStars: '',
  types: [],
  channels: [],
  level: '',
  supportKind: '',
  eventKinds: [],
  year: '',
  minRatio: '',
  maxRatio: '',
  unit: '',
});

let keySeed = 0;
const nextKey = () => `new-${++keySeed}`;

export function emptyTarget(): TargetDraft {
  return {
    key: nextKey(),
    id: null,
    indicator: '',
    params: emptyParams(),
    comparator: '>=',
    targetValue: '',
    wording: '',
    manualValue: '',
    manualAsOf: '',
  };
}

/** A new plan: this calendar year, for the user's province (the ministry chooses). */
export function emptyPlan(provinceCode: string | null, year: number): PlanDraft {
  return {
    level: 'province',
    provinceCode: provinceCode ?? '',
    name: '',
    decisionRef: '',
    periodFrom: `${year}-01-01`,
    periodTo: `${year}-12-31`,
    targets: [emptyTarget()],
  };
}

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

function paramsToDraft(params: IndicatorParams): ParamDraft {
  return {
    minStars: text(params.minStars),
    types: [...(params.types ?? [])],
    channels: [...(params.channels ?? [])],
    level: params.level ?? '',
    supportKind: params.supportKind ?? '',
    eventKinds: [...(params.eventKinds ?? [])],
    year: text(params.year),
    minRatio: text(params.minRatio),
    maxRatio: text(params.maxRatio),
    unit: params.unit ?? '',
  };
}

export function targetToDraft(target: PlanTarget): TargetDraft {
  return {
    key: target.id,
    id: target.id,
    indicator: target.indicator,
    params: paramsToDraft(target.params),
    comparator: target.comparator,
    targetValue: String(target.targetValue),
    wording: target.wording ?? '',
    manualValue: target.manualValue === null ? '' : String(target.manualValue),
    manualAsOf: target.manualAsOf ?? '',
  };
}

export function planToDraft(plan: Plan): PlanDraft {
  return {
    level: plan.level,
    provinceCode: plan.province?.code ?? '',
    name: plan.name,
    decisionRef: plan.decisionRef ?? '',
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo,
    targets: plan.targets.map(targetToDraft),
  };
}

/** "1.5" or "1,5" → 1.5; blank or not a number → undefined (the server then says what is missing). */
export function parseNumber(value: string): number | undefined {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : undefined;
}

/** The parameters the indicator takes, those filled in only. */
export function paramsToBody(draft: ParamDraft, taken: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  const has = (name: string) => taken.includes(name);
  const number = (name: keyof ParamDraft) => {
    const value = parseNumber(draft[name] as string);
    if (has(name) && value !== undefined) params[name] = value;
  };
  number('minStars');
  number('year');
  number('minRatio');
  number('maxRatio');
  for (const name of ['types', 'channels', 'eventKinds'] as const) {
    if (has(name) && draft[name].length > 0) params[name] = [...draft[name]];
  }
  for (const name of ['level', 'supportKind', 'unit'] as const) {
    const value = draft[name].trim();
    if (has(name) && value !== '') params[name] = value;
  }
  return params;
}

export function targetToBody(draft: TargetDraft, indicator: IndicatorDefinition | undefined): TargetBody {
  const body: TargetBody = {
    indicator: draft.indicator,
    params: paramsToBody(draft.params, indicator?.params ?? []),
    comparator: draft.comparator,
    // NaN is refused by the schema with a field error on targetValue: better than silently sending 0.
    targetValue: parseNumber(draft.targetValue) ?? Number.NaN,
    wording: draft.wording.trim() === '' ? null : draft.wording.trim(),
  };
  if (draft.id) body.id = draft.id;
  if (indicator?.manualOnly) {
    body.manualValue = parseNumber(draft.manualValue) ?? null;
    body.manualAsOf = draft.manualAsOf === '' ? null : draft.manualAsOf;
  }
  return body;
}

export function planToBody(draft: PlanDraft, indicators: readonly IndicatorDefinition[]): CreatePlanBody {
  const byCode = new Map(indicators.map((i) => [i.code as string, i]));
  return {
    level: draft.level,
    provinceCode: draft.level === 'national' ? null : draft.provinceCode || null,
    name: draft.name.trim(),
    decisionRef: draft.decisionRef.trim() === '' ? null : draft.decisionRef.trim(),
    periodFrom: draft.periodFrom,
    periodTo: draft.periodTo,
    targets: draft.targets.map((t) => targetToBody(t, byCode.get(t.indicator))),
  };
}

/** Field messages per target row: "body.targets.2.params.minStars" → row 2, "params.minStars". */
export type TargetErrors = Readonly<Record<number, Readonly<Record<string, readonly string[]>>>>;

export function targetErrorsOf(error: unknown): TargetErrors {
  if (!(error instanceof ApiError)) return {};
  const rows: Record<number, Record<string, string[]>> = {};
  for (const { field, message } of error.errors) {
    const match = /^body\.targets\.(\d+)\.(.+)$/.exec(field);
    if (!match) continue;
    const index = Number(match[1]);
    const name = match[2] ?? '';
    const row = rows[index] ?? {};
    row[name] = [...(row[name] ?? []), message];
    rows[index] = row;
  }
  return rows;
}
