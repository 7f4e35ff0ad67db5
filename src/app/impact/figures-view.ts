import type { FiguresRow } from '../../db/repositories/impact.repository.ts';
import { type RevenueGrowthBand, revenueGrowthBand } from '../../domain/impact/revenue-growth.ts';

export type FiguresView = {
  producerId: string;
  year: number;
  revenueVnd: number | null;
  profitVnd: number | null;
  jobs: number | null;
  localJobs: number | null;
  /** Revenue against the year before, when both were reported (and the year before was above 0). */
  revenueGrowth: { ratio: number; band: RevenueGrowthBand } | null;
  enteredBy: string | null;
  enteredAt: string;
};

export function toFiguresView(row: FiguresRow, previous: FiguresRow | undefined): FiguresView {
  const before = previous?.year === row.year - 1 ? previous.revenueVnd : null;
  const band = before !== null && row.revenueVnd !== null ? revenueGrowthBand(before, row.revenueVnd) : null;
  return {
    producerId: row.producerId,
    year: row.year,
    revenueVnd: row.revenueVnd,
    profitVnd: row.profitVnd,
    jobs: row.jobs,
    localJobs: row.localJobs,
    revenueGrowth: band && before ? { ratio: (row.revenueVnd ?? 0) / before, band } : null,
    enteredBy: row.enteredBy,
    enteredAt: row.enteredAt.toISOString(),
  };
}

/** Views of a producer's years, latest first (each compared with the year before it). */
export function figuresViews(rows: readonly FiguresRow[]): FiguresView[] {
  const byYear = new Map(rows.map((r) => [r.year, r]));
  return [...rows].sort((a, b) => b.year - a.year).map((r) => toFiguresView(r, byYear.get(r.year - 1)));
}
