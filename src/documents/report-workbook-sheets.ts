// The breakdown sheets of the report workbook: products by stars, sector, group and producer type, the commune
// coverage table (a province) or the 34 provinces (the country), and the monthly history.
import { STAR_LEVELS, shareOf, yesNo } from './report-format.ts';
import type { ReportDocument, ReportProvinceFigures, ReportStars } from './report-types.ts';
import { dayCell, fraction, type SheetColumn } from './report-workbook-style.ts';
import type { TableSheet } from './report-workbook-table.ts';

const col = (vi: string, en: string, width: number, format?: SheetColumn['format']): SheetColumn =>
  format ? { vi, en, width, format } : { vi, en, width };

const PRODUCTS = col('Số sản phẩm', 'Products', 14, 'count');
const SHARE = col('Tỷ lệ', 'Share', 12, 'percent');
const STARS_COLUMNS = STAR_LEVELS.map((s) => col(`${s} sao`, `${s} stars`, 10, 'count'));
const starValues = (s: ReportStars) => STAR_LEVELS.map((k) => s[k]);
const total = (s: ReportStars) => s['3'] + s['4'] + s['5'];

export function starsSheet(doc: ReportDocument): TableSheet {
  const all = total(doc.byStars);
  return {
    name: 'Hạng sao',
    title: { vi: 'Sản phẩm OCOP còn hiệu lực theo hạng sao', en: 'OCOP products in force by stars' },
    columns: [col('Hạng sao', 'Stars', 14, 'stars'), PRODUCTS, SHARE],
    rows: STAR_LEVELS.map((s) => [Number(s), doc.byStars[s], fraction(shareOf(doc.byStars[s], all))]),
    totals: [['Tổng cộng', all, all > 0 ? 1 : null]],
  };
}

export function sectorsSheet(doc: ReportDocument): TableSheet {
  const all = doc.bySector.reduce((n, s) => n + s.products, 0) + doc.unclassifiedProducts;
  return {
    name: 'Ngành',
    title: { vi: 'Sản phẩm OCOP còn hiệu lực theo ngành', en: 'OCOP products in force by sector' },
    columns: [col('Mã ngành', 'Sector code', 12), col('Ngành', 'Sector', 50), PRODUCTS, SHARE],
    rows: [
      ...doc.bySector.map((s) => [s.code, s.name, s.products, fraction(shareOf(s.products, all))]),
      [
        '—',
        'Chưa phân loại (Unclassified)',
        doc.unclassifiedProducts,
        fraction(shareOf(doc.unclassifiedProducts, all)),
      ],
    ],
    totals: [['', 'Tổng cộng', all, all > 0 ? 1 : null]],
  };
}

export function groupsSheet(doc: ReportDocument): TableSheet {
  const all = doc.byGroup.reduce((n, g) => n + g.products, 0) + doc.unclassifiedProducts;
  return {
    name: 'Nhóm sản phẩm',
    title: {
      vi: 'Sản phẩm OCOP còn hiệu lực theo nhóm sản phẩm',
      en: 'OCOP products in force by product group',
    },
    columns: [
      col('Mã ngành', 'Sector', 10),
      col('Mã nhóm', 'Group code', 11),
      col('Nhóm sản phẩm', 'Product group', 54),
      PRODUCTS,
      SHARE,
    ],
    rows: [
      ...doc.byGroup.map((g) => [
        g.sectorCode,
        g.code,
        g.name,
        g.products,
        fraction(shareOf(g.products, all)),
      ]),
      [
        '—',
        '—',
        'Chưa phân loại (Unclassified)',
        doc.unclassifiedProducts,
        fraction(shareOf(doc.unclassifiedProducts, all)),
      ],
    ],
    totals: [['', '', 'Tổng cộng', all, all > 0 ? 1 : null]],
  };
}

export function producerTypesSheet(doc: ReportDocument): TableSheet {
  const producers = doc.byProducerType.reduce((n, t) => n + t.producers, 0);
  const products = doc.byProducerType.reduce((n, t) => n + t.products, 0);
  return {
    name: 'Loại hình chủ thể',
    title: {
      vi: 'Chủ thể có sản phẩm OCOP còn hiệu lực theo loại hình',
      en: 'Producers with a product in force by type',
    },
    columns: [
      col('Loại hình', 'Type', 44),
      col('Tên tiếng Anh', 'Type (English)', 40),
      col('Số chủ thể', 'Producers', 12, 'count'),
      col('Tỷ lệ chủ thể', 'Share of producers', 14, 'percent'),
      PRODUCTS,
    ],
    rows: doc.byProducerType.map((t) => [
      t.label.vi,
      t.label.en,
      t.producers,
      fraction(shareOf(t.producers, producers)),
      t.products,
    ]),
    totals: [['Tổng cộng', '', producers, producers > 0 ? 1 : null, products]],
  };
}

export function communesSheet(doc: ReportDocument): TableSheet | null {
  if (!doc.communes) return null;
  const covered = doc.communes.filter((c) => c.isCovered).length;
  const sum = (pick: (s: ReportStars) => number) =>
    doc.communes?.reduce((n, c) => n + pick(c.byStars), 0) ?? 0;
  return {
    name: 'Độ phủ xã',
    title: {
      vi: 'Độ phủ sản phẩm OCOP theo xã, phường (có sản phẩm từ 3 sao còn hiệu lực)',
      en: 'Commune coverage (communes with a product of 3 stars or more in force)',
    },
    columns: [
      col('STT', 'No.', 6, 'count'),
      col('Mã xã', 'Commune code', 12),
      col('Tên xã, phường', 'Commune', 32),
      ...STARS_COLUMNS,
      col('Tổng sản phẩm', 'Products', 12, 'count'),
      col('Có sản phẩm ≥ 3 sao', 'Covered', 14),
    ],
    rows: doc.communes.map((c, i) => [
      i + 1,
      c.code,
      c.name,
      ...starValues(c.byStars),
      c.products,
      yesNo(c.isCovered),
    ]),
    totals: [
      [
        null,
        '',
        'Tổng cộng',
        ...STAR_LEVELS.map((k) => sum((s) => s[k])),
        sum(total),
        `${covered}/${doc.communes.length}`,
      ],
    ],
  };
}

const provinceValues = (p: ReportProvinceFigures) => [
  p.products,
  ...starValues(p.byStars),
  p.communesCovered,
  p.communesTotal,
  fraction(p.coveragePercent),
  p.producers,
  p.newProducts,
  p.upgradedProducts,
  p.salePoints,
];

export function provincesSheet(doc: ReportDocument): TableSheet | null {
  if (!doc.provinces || !doc.provinceTotals) return null;
  return {
    name: 'Tỉnh, thành phố',
    title: { vi: 'Chỉ số chính của 34 tỉnh, thành phố', en: 'Key figures of the 34 provinces' },
    measured: 'period',
    columns: [
      col('Mã tỉnh', 'Code', 8),
      col('Tỉnh, thành phố', 'Province', 22),
      col('Sản phẩm còn hiệu lực', 'Products in force', 13, 'count'),
      ...STARS_COLUMNS,
      col('Xã có sản phẩm', 'Communes covered', 12, 'count'),
      col('Tổng số xã', 'Communes', 10, 'count'),
      col('Tỷ lệ xã có sản phẩm', 'Coverage', 12, 'percent'),
      col('Chủ thể', 'Producers', 10, 'count'),
      col('Sản phẩm mới trong kỳ', 'New in the period', 13, 'count'),
      col('Nâng hạng trong kỳ', 'Upgraded in the period', 13, 'count'),
      col('Điểm bán', 'Sale points', 10, 'count'),
    ],
    rows: doc.provinces.map((p) => [p.code, p.name, ...provinceValues(p)]),
    totals: [['', 'Tổng cộng', ...provinceValues(doc.provinceTotals)]],
  };
}

export function historySheet(doc: ReportDocument): TableSheet {
  return {
    name: 'Lịch sử theo tháng',
    title: {
      vi: 'Sản phẩm OCOP còn hiệu lực cuối mỗi tháng (đơn vị hành chính từ 1/7/2025)',
      en: 'OCOP products in force at each month end (2025 units)',
    },
    measured: 'history',
    columns: [
      col('Tháng', 'Month', 10, 'month'),
      col('Ngày tính', 'Counted on', 12, 'date'),
      ...STARS_COLUMNS,
      col('Tổng', 'Total', 10, 'count'),
    ],
    rows: doc.history.map((p) => [
      dayCell(`${p.month}-01`),
      dayCell(p.date),
      ...starValues(p.byStars),
      p.total,
    ]),
  };
}
