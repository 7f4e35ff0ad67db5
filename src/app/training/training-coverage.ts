import type { DbOrTx } from '../../db/client.ts';
import { countTraining } from '../../db/repositories/training.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import type { FieldError } from '../../domain/errors.ts';
import { parseIsoDate, vietnamDate } from '../../domain/registry/calendar-date.ts';
import { throwIfInvalid } from '../../domain/scoring/input.ts';
import { coverageOf, OFFICIAL_ROLES } from '../../domain/training/coverage.ts';
import type { AppDeps } from '../deps.ts';
import { type IndicatorScope, indicatorScopeFor, provinceCodeOf } from './indicator-scope.ts';

/** Courses starting between `from` and `to` (inclusive) count; the bases are taken on `to`. */
export type TrainingPeriod = Readonly<{ from: string; to: string }>;

type Share = { trained: number; total: number; share: number | null };

export type TrainingCoverage = {
  provinceCode: string | null;
  from: string;
  to: string;
  /** Active province and commune officer accounts, and those who completed a course. */
  officials: Share;
  /** Producers with a product certified (in force) on `to`, and those with an attendee who completed one… */
  producers: Share & {
    /** …and every producer of the scope trained, certified or not. */
    trainedAll: number;
  };
};

const shareOf = (trained: number, total: number): Share => {
  const c = coverageOf(trained, total);
  return { trained: c.covered, total: c.total, share: c.share };
};

/**
 * Training coverage of a province or the country: officials trained / active officials, producers trained /
 * producers with a certified product. Computed from the courses' attendees (also used by the dashboards).
 */
export async function trainingCoverage(
  db: DbOrTx,
  scope: IndicatorScope,
  period: TrainingPeriod,
): Promise<TrainingCoverage> {
  const provinceCode = provinceCodeOf(scope);
  const counts = await countTraining(db, { provinceCode, ...period, officialRoles: OFFICIAL_ROLES });
  return {
    provinceCode,
    from: period.from,
    to: period.to,
    officials: shareOf(counts.officialsTrained, counts.officials),
    producers: {
      ...shareOf(counts.certifiedProducersTrained, counts.certifiedProducers),
      trainedAll: counts.producersTrained,
    },
  };
}

/** The period asked, by default the current year up to today (Vietnam time). */
export function periodOf(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
): TrainingPeriod {
  const errors: FieldError[] = [];
  const check = (value: string | undefined, field: string, label: string) => {
    if (value === undefined) return;
    const parsed = parseIsoDate(value, label);
    if (!parsed.ok) errors.push({ field, message: parsed.message });
  };
  check(query.from, 'query.from', 'Từ ngày');
  check(query.to, 'query.to', 'Đến ngày');
  const to = query.to ?? vietnamDate(now);
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  if (errors.length === 0 && from > to)
    errors.push({ field: 'query.to', message: 'Đến ngày phải sau Từ ngày.' });
  throwIfInvalid(errors);
  return { from, to };
}

export async function getTrainingCoverage(
  deps: AppDeps,
  actor: Actor,
  query: { provinceCode?: string | undefined; from?: string | undefined; to?: string | undefined },
): Promise<TrainingCoverage> {
  const scope = indicatorScopeFor(actor, deps.adminUnits, query.provinceCode);
  return trainingCoverage(deps.db, scope, periodOf(query, deps.now()));
}
