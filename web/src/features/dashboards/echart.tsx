import {
  BarChart,
  type BarSeriesOption,
  LineChart,
  type LineSeriesOption,
  PieChart,
  type PieSeriesOption,
} from 'echarts/charts';
import {
  type GridComponentOption,
  GridSimpleComponent,
  type LegendComponentOption,
  LegendPlainComponent,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, type EChartsType, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the charts and components the dashboards use, drawn as SVG (sharp at any zoom, text selectable).
use([
  BarChart,
  LineChart,
  PieChart,
  GridSimpleComponent,
  LegendPlainComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/** Colours that stay apart for common colour-vision deficiencies; the tables carry the same numbers. */
export const CHART_COLOURS = [
  '#0b5d3b',
  '#c77c02',
  '#1b4f8a',
  '#9b1c1c',
  '#6a3d9a',
  '#4f5862',
  '#2a9d8f',
  '#b5651d',
];

/** Stars: light to dark amber, 3★ to 5★. */
export const STAR_COLOURS = { 3: '#d9a441', 4: '#b06f00', 5: '#6b3f00' } as const;

// The page's font, named: ECharts measures label widths on a canvas, where "inherit" means a 10px default.
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

interface EChartProps {
  option: ChartOption;
  /** What the chart shows, for screen readers (the table beside it has the numbers). */
  label: string;
  height?: number;
  testId?: string;
}

/** One ECharts instance, resized with its box and disposed with the component. */
export function EChart({ option, label, height = 280, testId }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        animation: !prefersReducedMotion(),
        animationDuration: 400,
        textStyle: { fontFamily: FONT_FAMILY },
        ...option,
      },
      { notMerge: true },
    );
  }, [option]);

  return (
    <div ref={box} className="chart" role="img" aria-label={label} style={{ height }} data-testid={testId} />
  );
}
