// Charts drawn server-side with ECharts (SSR, SVG renderer): an option in, an SVG string out. Only the chart
// types and components the reports use are registered, and ECharts is loaded on the first chart (about half
// a second of module loading that a server start, or a test that draws no chart, does not pay).
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { CHART_FONT_FAMILY } from './chart-font.ts';

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption
>;

/** A chart as SVG, sized in points (1 SVG unit = 1 pt in the PDF), with how many series it draws. */
export type ChartSvg = Readonly<{ svg: string; width: number; height: number; seriesCount: number }>;

/** Colours of the star levels, light to dark (3, 4, 5 stars). */
export const STAR_COLORS = { '3': '#9ECAE1', '4': '#4292C6', '5': '#08519C' } as const;

let loading: Promise<typeof import('echarts/core')> | undefined;

function loadECharts(): Promise<typeof import('echarts/core')> {
  loading ??= (async () => {
    const [core, charts, components, renderers] = await Promise.all([
      import('echarts/core'),
      import('echarts/charts'),
      import('echarts/components'),
      import('echarts/renderers'),
    ]);
    core.use([
      charts.BarChart,
      charts.LineChart,
      components.GridComponent,
      components.LegendComponent,
      renderers.SVGRenderer,
    ]);
    return core;
  })();
  return loading;
}

export async function renderChartSvg(option: ChartOption, width: number, height: number): Promise<ChartSvg> {
  const { init } = await loadECharts();
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 10, fontWeight: 'normal' },
      ...option,
    });
    const series = option.series;
    const seriesCount = Array.isArray(series) ? series.length : series ? 1 : 0;
    return { svg: chart.renderToSVGString(), width, height, seriesCount };
  } finally {
    // An undisposed SSR chart keeps zrender's animation loop (a timer) alive.
    chart.dispose();
  }
}
