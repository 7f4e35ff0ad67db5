// Tables of the report's PDF summary: the headline indicators, the plans' targets with their progress, and
// the products by stars beside the stars chart.
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { formatPercent } from './format.ts';
import { GRID, headerCell, MUTED } from './layout.ts';
import {
  comparatorText,
  formatValue,
  metText,
  planHeading,
  STAR_LEVELS,
  shareOf,
  sourceText,
} from './report-format.ts';
import type { ReportDocument, ReportIndicator, ReportPlan, ReportTarget } from './report-types.ts';

const right = (text: string): TableCell => ({ text, alignment: 'right' });
const center = (text: string): TableCell => ({ text, alignment: 'center' });

const indicatorCell = (i: ReportIndicator): TableCell => ({
  stack: [
    { text: i.label.vi },
    { text: i.label.en, style: 'en' },
    ...(i.note ? [{ text: i.note, fontSize: 7.5, color: MUTED }] : []),
  ],
});

const shareDetail = (i: ReportIndicator): string =>
  i.numerator !== null && i.denominator !== null ? ` (${i.numerator}/${i.denominator})` : '';

export function indicatorsTable(doc: ReportDocument): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [18, '*', 92, 92, 52],
      body: [
        [
          headerCell('STT', 'No.'),
          headerCell('Chỉ số', 'Indicator'),
          headerCell('Giá trị', 'Value'),
          headerCell('Thời điểm, kỳ đo', 'Measured'),
          headerCell('Nguồn', 'Source'),
        ],
        ...doc.indicators.map((i, n): TableCell[] => [
          center(String(n + 1)),
          indicatorCell(i),
          right(`${formatValue(i.value, i.unit)}${shareDetail(i)}`),
          { text: i.measured, fontSize: 8 },
          { text: sourceText(i.source).vi, fontSize: 8 },
        ]),
      ],
    },
    layout: GRID,
    fontSize: 8.5,
  };
}

const targetRow = (t: ReportTarget): TableCell[] => {
  const unit = t.actual.unit;
  return [
    { stack: [{ text: t.wording ?? t.actual.label.vi }, { text: t.actual.label.en, style: 'en' }] },
    right(formatValue(t.actual.value, unit)),
    right(`${comparatorText(t.comparator)} ${formatValue(t.target, unit)}`),
    right(t.progressPercent === null ? '—' : formatPercent(t.progressPercent)),
    center(metText(t.met)),
    right(formatValue(t.paceNeededPerMonth, unit)),
    right(`${formatValue(t.forecast, unit)} (${metText(t.forecastMet)})`),
  ];
};

function planTable(plan: ReportPlan): Content[] {
  return [
    { text: planHeading(plan), bold: true, margin: [0, 6, 0, 3] },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', 56, 62, 46, 40, 56, 74],
        body: [
          [
            headerCell('Chỉ tiêu', 'Target'),
            headerCell('Thực hiện', 'Actual'),
            headerCell('Mục tiêu', 'Target value'),
            headerCell('Tiến độ', 'Progress'),
            headerCell('Đạt?', 'Met?'),
            headerCell('Cần mỗi tháng', 'Pace needed'),
            headerCell('Dự báo cuối kỳ', 'Forecast'),
          ],
          ...plan.targets.map(targetRow),
        ],
      },
      layout: GRID,
      fontSize: 8.5,
    },
  ];
}

export function plansBlock(doc: ReportDocument): Content[] {
  if (doc.plans.length === 0) {
    return [
      {
        text: 'Không có kế hoạch nào của phạm vi này trùng kỳ báo cáo (no plan covers the period).',
        italics: true,
        color: MUTED,
      },
    ];
  }
  return doc.plans.flatMap(planTable);
}

export function starsTable(doc: ReportDocument): Content {
  const total = STAR_LEVELS.reduce((n, s) => n + doc.byStars[s], 0);
  const share = (n: number) => {
    const value = shareOf(n, total);
    return value === null ? '—' : formatPercent(value);
  };
  return {
    table: {
      headerRows: 1,
      widths: ['*', 60, 50],
      body: [
        [headerCell('Hạng sao', 'Stars'), headerCell('Sản phẩm', 'Products'), headerCell('Tỷ lệ', 'Share')],
        ...STAR_LEVELS.map((s): TableCell[] => [
          `${s} sao`,
          right(formatValue(doc.byStars[s], 'count')),
          right(share(doc.byStars[s])),
        ]),
        [{ text: 'Tổng cộng', bold: true }, right(formatValue(total, 'count')), right(share(total))],
      ],
    },
    layout: GRID,
    fontSize: 9,
  };
}
