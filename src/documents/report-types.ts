// What a programme report prints (the Excel workbook and the PDF summary): plain data, computed by
// src/app/reports from the dashboards and plan progress (the same functions, so a report cannot disagree with
// the dashboard). Renderers only format it.
import type { IsoDate, IsoDateTime } from './types.ts';

export type Bilingual = Readonly<{ vi: string; en: string }>;

/** Products in force by stars. */
export type ReportStars = Readonly<{ '3': number; '4': number; '5': number }>;

export type ReportUnit = 'count' | 'percent' | 'vnd';

export type ReportIndicator = Readonly<{
  code: string;
  label: Bilingual;
  /** The parameters in words ("Hợp tác xã", "từ 4 sao", "năm 2025"); '' when none. */
  note: string;
  unit: ReportUnit;
  /** Percent values are percentages (45.5 = 45,5 %); null when not known. */
  value: number | null;
  source: 'computed' | 'manual';
  numerator: number | null;
  denominator: number | null;
  /** What was measured, in words: a day, a period or a year. */
  measured: string;
}>;

export type ReportComparator = '>=' | '>' | '<=' | '=';

export type ReportTarget = Readonly<{
  /** The plan's own wording of the target, when it has one. */
  wording: string | null;
  /** The actual value, measured like any indicator. */
  actual: ReportIndicator;
  comparator: ReportComparator;
  target: number;
  progressPercent: number | null;
  met: boolean | null;
  paceNeededPerMonth: number | null;
  forecast: number | null;
  forecastMet: boolean | null;
}>;

export type ReportPlan = Readonly<{
  name: string;
  decisionRef: string | null;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  /** The day measured (the report's asOf kept within the plan's period). */
  measuredOn: IsoDate;
  targets: readonly ReportTarget[];
}>;

export type ReportCommune = Readonly<{
  code: string;
  name: string;
  products: number;
  byStars: ReportStars;
  isCovered: boolean;
}>;

export type ReportProvinceFigures = Readonly<{
  products: number;
  byStars: ReportStars;
  communesCovered: number;
  communesTotal: number;
  coveragePercent: number | null;
  producers: number;
  newProducts: number;
  upgradedProducts: number;
  salePoints: number;
}>;

export type ReportProvince = ReportProvinceFigures & Readonly<{ code: string; name: string }>;

export type ReportHistoryPoint = Readonly<{
  month: string;
  date: IsoDate;
  total: number;
  byStars: ReportStars;
}>;

export type ReportDocument = Readonly<{
  scope: Readonly<{ kind: 'province' | 'national'; code: string | null; name: string }>;
  /** Stock figures on `asOf`, flows over `from`–`to`. */
  window: Readonly<{ asOf: IsoDate; from: IsoDate; to: IsoDate }>;
  generatedAt: IsoDateTime;
  indicators: readonly ReportIndicator[];
  /** Plans of the scope whose period overlaps the report's, with their targets' progress. */
  plans: readonly ReportPlan[];
  byStars: ReportStars;
  bySector: readonly Readonly<{ code: string; name: string; products: number }>[];
  byGroup: readonly Readonly<{ sectorCode: string; code: string; name: string; products: number }>[];
  unclassifiedProducts: number;
  byProducerType: readonly Readonly<{ label: Bilingual; producers: number; products: number }>[];
  /** A province report: every 2025 commune of the province; null nationally. */
  communes: readonly ReportCommune[] | null;
  coverage: Readonly<{ covered: number; total: number; percent: number | null }> | null;
  /** A national report: the 34 provinces and their totals; null for a province. */
  provinces: readonly ReportProvince[] | null;
  provinceTotals: ReportProvinceFigures | null;
  /** Products in force at each month end (the last point is asOf). */
  history: readonly ReportHistoryPoint[];
}>;
