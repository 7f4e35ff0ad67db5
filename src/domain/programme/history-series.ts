// Monthly history points (products in force by stars) from the counted interval edges. Pure.
import { emptyStars } from './dashboard-breakdowns.ts';
import { STAR_KEYS, type StarCounts, type StarKey } from './indicator-inputs.ts';
import { cumulativeSeries, type MonthPoint } from './monthly-series.ts';

export type HistoryEdgeCount = Readonly<{
  group: string;
  stars: number;
  edge: 'start' | 'end';
  k: number;
  n: number;
}>;

export type HistoryPoint = { month: string; date: string; total: number; byStars: StarCounts };

/** One series per group (a single '' group when the history was not split). */
export function historySeries(
  edges: readonly HistoryEdgeCount[],
  points: readonly MonthPoint[],
): Map<string, HistoryPoint[]> {
  const histograms = new Map<string, { starts: Map<number, number>; ends: Map<number, number> }>();
  for (const e of edges) {
    const key = `${e.group}\u0000${e.stars}`;
    const h = histograms.get(key) ?? { starts: new Map(), ends: new Map() };
    const side = e.edge === 'start' ? h.starts : h.ends;
    side.set(e.k, (side.get(e.k) ?? 0) + e.n);
    histograms.set(key, h);
  }
  const series = new Map<string, HistoryPoint[]>();
  for (const [key, h] of histograms) {
    const [group = '', stars = ''] = key.split('\u0000');
    if (!STAR_KEYS.includes(stars as StarKey)) continue;
    const rows =
      series.get(group) ??
      points.map((p) => ({ month: p.month, date: p.date, total: 0, byStars: emptyStars() }));
    cumulativeSeries(h.starts, h.ends, points.length).forEach((level, i) => {
      const row = rows[i];
      if (!row) return;
      row.byStars[stars as StarKey] += level;
      row.total += level;
    });
    series.set(group, rows);
  }
  return series;
}

/** An empty history (every point at 0), for a scope or group without a certificate. */
export const emptyHistory = (points: readonly MonthPoint[]): HistoryPoint[] =>
  points.map((p) => ({ month: p.month, date: p.date, total: 0, byStars: emptyStars() }));

/** The points of several series added up (a history split by group, back to one total). */
export function sumHistories(
  series: Iterable<readonly HistoryPoint[]>,
  points: readonly MonthPoint[],
): HistoryPoint[] {
  const total = emptyHistory(points);
  for (const rows of series) {
    rows.forEach((row, i) => {
      const t = total[i];
      if (!t) return;
      t.total += row.total;
      for (const k of STAR_KEYS) t.byStars[k] += row.byStars[k];
    });
  }
  return total;
}
