// The programme report's PDF summary (A4 portrait): title with the scope and period, the headline indicators,
// the plans' targets with their progress, and charts drawn by ECharts as SVG (vector, text in Roboto: see
// charts/chart-font.ts): products by stars, the monthly history and, nationally, the 34 provinces compared.
import type { Content, ContentSvg, ContentText } from 'pdfmake/interfaces.js';
import { registerChartFont } from './charts/chart-font.ts';
import type { ChartSvg } from './charts/chart-svg.ts';
import { historyChart, provincesChart, starsChart } from './charts/report-charts.ts';
import { formatPercent } from './format.ts';
import { keepHeadingsWithNext, MUTED, STYLES, titleBlock } from './layout.ts';
import { renderPdf } from './pdf-engine.ts';
import { asOfText, generatedText, periodText, REPORT_TITLE, scopeText } from './report-format.ts';
import { indicatorsTable, plansBlock, starsTable } from './report-pdf-tables.ts';
import type { ReportDocument } from './report-types.ts';

const heading = (vi: string, en: string): Content => ({
  text: [{ text: vi }, { text: `  ${en}`, style: 'en', bold: false }],
  bold: true,
  fontSize: 12,
  margin: [0, 12, 0, 5],
  headlineLevel: 1,
});

const caption = (text: string): ContentText => ({ text, italics: true, fontSize: 9, margin: [0, 4, 0, 2] });

const chartNode = (chart: ChartSvg): ContentSvg => ({ svg: chart.svg, width: chart.width });

/** A caption kept on the same page as its chart. */
const captioned = (text: string, chart: Content): Content => ({
  stack: [caption(text), chart],
  unbreakable: true,
});

function coverageLine(doc: ReportDocument): Content[] {
  if (!doc.coverage) return [];
  const { covered, total, percent } = doc.coverage;
  const share = percent === null ? '' : ` (${formatPercent(percent)})`;
  return [
    { text: `Độ phủ: ${covered}/${total} xã, phường có sản phẩm từ 3 sao${share}.`, margin: [0, 6, 0, 0] },
  ];
}

/** The charts section; also returns the charts themselves (the tests count their series). */
export async function reportCharts(doc: ReportDocument): Promise<{ content: Content[]; charts: ChartSvg[] }> {
  const [stars, history] = await Promise.all([starsChart(doc.byStars), historyChart(doc.history)]);
  const content: Content[] = [
    heading('3. Biểu đồ', 'Charts'),
    captioned(`Sản phẩm OCOP còn hiệu lực theo hạng sao tại ngày ${asOfText(doc)}`, {
      columns: [chartNode(stars), { stack: [starsTable(doc), ...coverageLine(doc)], width: '*' }],
      columnGap: 14,
    }),
    captioned(
      `Sản phẩm còn hiệu lực cuối mỗi tháng (${doc.history.length} tháng, đơn vị hành chính từ 1/7/2025)`,
      chartNode(history),
    ),
  ];
  const charts = [stars, history];
  if (doc.provinces) {
    const provinces = await provincesChart([...doc.provinces].sort((a, b) => b.products - a.products));
    charts.push(provinces);
    content.push({
      stack: [
        caption('So sánh 34 tỉnh, thành phố: sản phẩm còn hiệu lực theo hạng sao (nhiều nhất ở trên)'),
        chartNode(provinces),
      ],
      pageBreak: 'before',
    });
  }
  return { content, charts };
}

export async function renderReportPdf(doc: ReportDocument): Promise<Buffer> {
  registerChartFont();
  const scope = scopeText(doc);
  const charts = await reportCharts(doc);
  return renderPdf({
    pageMargins: [40, 36, 40, 40],
    info: { title: `${REPORT_TITLE.vi} — ${scope.vi}`, subject: REPORT_TITLE.en },
    styles: STYLES,
    defaultStyle: { fontSize: 9.5 },
    pageBreakBefore: keepHeadingsWithNext,
    footer: (page, pages) => ({
      text: `${REPORT_TITLE.vi} — ${scope.vi} · ${page}/${pages}`,
      fontSize: 7.5,
      alignment: 'center',
      color: MUTED,
    }),
    content: [
      titleBlock('BÁO CÁO TÓM TẮT CHƯƠNG TRÌNH OCOP', 'OCOP programme summary report', [
        { text: scope.vi.toUpperCase(), bold: true, alignment: 'center', fontSize: 12 },
        {
          text: `Kỳ báo cáo: ${periodText(doc)} · Số liệu tồn tại ngày ${asOfText(doc)}`,
          alignment: 'center',
        },
        { text: `Lập lúc ${generatedText(doc)}`, alignment: 'center', fontSize: 8, color: MUTED },
      ]),
      heading('1. Chỉ số chính', 'Headline indicators'),
      indicatorsTable(doc),
      heading('2. Tiến độ thực hiện chỉ tiêu kế hoạch', 'Progress to the plans’ targets'),
      ...plansBlock(doc),
      ...charts.content,
    ],
  });
}
