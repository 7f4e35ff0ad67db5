import type { OutcomeWithProducer } from '../../db/repositories/trade-event-records.repository.ts';
import { OUTCOME_KIND_CODES, type OutcomeKind } from './outcome-kinds.ts';

export type OutcomeView = {
  id: string;
  eventId: string;
  kind: OutcomeKind;
  /** The buyer, distributor or partner. */
  counterpart: string;
  valueVnd: number | null;
  note: string | null;
  producer: { id: string; name: string } | null;
  recordedAt: string;
};

export type OutcomeTotals = {
  count: number;
  valueVnd: number;
  byKind: { kind: OutcomeKind; count: number; valueVnd: number }[];
};

export function toOutcomeView({ outcome, producer }: OutcomeWithProducer): OutcomeView {
  return {
    id: outcome.id,
    eventId: outcome.eventId,
    kind: outcome.kind,
    counterpart: outcome.counterpart,
    valueVnd: outcome.valueVnd,
    note: outcome.note,
    producer: producer ? { id: producer.id, name: producer.name } : null,
    recordedAt: outcome.recordedAt.toISOString(),
  };
}

/** Counts and values (VND; an unknown value counts as 0) overall and per kind, every kind listed. */
export function outcomeTotals(views: readonly OutcomeView[]): OutcomeTotals {
  const byKind = OUTCOME_KIND_CODES.map((kind) => {
    const ofKind = views.filter((v) => v.kind === kind);
    return { kind, count: ofKind.length, valueVnd: ofKind.reduce((sum, v) => sum + (v.valueVnd ?? 0), 0) };
  });
  return {
    count: views.length,
    valueVnd: byKind.reduce((sum, k) => sum + k.valueVnd, 0),
    byKind,
  };
}
