// The charts of the report's PDF summary: products by stars (bars), the monthly history (stacked areas by
// stars) and, nationally, the provinces compared (stacked horizontal bars). Labels are short; the tables
// around the charts carry the full Vietnamese wording and every number.
import { type ChartOption, type ChartSvg, renderChartSvg, STAR_COLORS } from './chart-svg.ts';

type Stars = Readonly<{ '3': number; '4': number; '5': number }>;

const LEVELS = ['3', '4', '5'] as const;
const starName = (level: (typeof LEVELS)[number]) => `${level} sao`;
const AXIS_LABEL = { color: '#333333', fontSize: 9 };
const LEGEND = { top: 0, itemWidth: 14, itemHeight: 8, textStyle: { color: '#333333', fontSize: 9 } };

/** Products in force by stars: one bar per level, the count above it. */
export function starsChart(stars: Stars, width = 250, height = 190): Promise<ChartSvg> {
  const option: ChartOption = {
    grid: { left: 8, right: 8, top: 20, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'category', data: LEVELS.map(starName), axisLabel: AXIS_LABEL },
    yAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL },
    series: [
      {
        type: 'bar',
        name: 'Sản phẩm',
        barWidth: '55%',
        data: LEVELS.map((level) => ({ value: stars[level], itemStyle: { color: STAR_COLORS[level] } })),
        label: { show: true, position: 'top', color: '#111111', fontSize: 9 },
      },
    ],
  };
  return renderChartSvg(option, width, height);
}

export type HistoryChartPoint = Readonly<{ month: string; total: number; byStars: Stars }>;

/** "2026-06" → "06/26". */
const monthLabel = (month: string): string => `${month.slice(5, 7)}/${month.slice(2, 4)}`;

/** Products in force at each month end, stacked by stars. */
export function historyChart(
  points: readonly HistoryChartPoint[],
  width = 515,
  height = 210,
): Promise<ChartSvg> {
  const option: ChartOption = {
    legend: LEGEND,
    grid: {
      left: 8,
      right: 12,
      top: 28,
      bottom: 4,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: points.map((p) => monthLabel(p.month)),
      axisLabel: { ...AXIS_LABEL, interval: 2 },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL },
    series: LEVELS.map((level) => ({
      type: 'line' as const,
      name: starName(level),
      stack: 'stars',
      symbol: 'none',
      lineStyle: { width: 1, color: STAR_COLORS[level] },
      itemStyle: { color: STAR_COLORS[level] },
      areaStyle: { color: STAR_COLORS[level], opacity: 0.85 },
      data: points.map((p) => p.byStars[level]),
    })),
  };
  return renderChartSvg(option, width, height);
}

export type ProvinceChartRow = Readonly<{ name: string; byStars: Stars }>;

/** The provinces side by side (first row on top), each bar stacked by stars. */
export function provincesChart(rows: readonly ProvinceChartRow[], width = 515): Promise<ChartSvg> {
  const height = 40 + rows.length * 17;
  const reversed = [...rows].reverse();
  const option: ChartOption = {
    legend: LEGEND,
    grid: {
      left: 8,
      right: 16,
      top: 26,
      bottom: 4,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL },
    yAxis: {
      type: 'category',
      data: reversed.map((r) => r.name),
      axisLabel: { ...AXIS_LABEL, interval: 0 },
    },
    series: LEVELS.map((level) => ({
      type: 'bar' as const,
      name: starName(level),
      stack: 'stars',
      barWidth: 11,
      itemStyle: { color: STAR_COLORS[level] },
      data: reversed.map((r) => r.byStars[level]),
    })),
  };
  return renderChartSvg(option, width, height);
}
