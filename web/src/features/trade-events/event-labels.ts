import type { OutcomeKind, TradeEvent, TradeEventKind } from '../../api/types';

export const EVENT_KINDS: readonly TradeEventKind[] = ['fair', 'exhibition', 'supply_demand', 'other'];
export const OUTCOME_KINDS: readonly OutcomeKind[] = ['lead', 'mou', 'contract'];

/** Where an event stands on `today` (YYYY-MM-DD): not started, running, or over. */
export function eventPhase(
  event: Pick<TradeEvent, 'startsOn' | 'endsOn'>,
  today: string,
): 'upcoming' | 'ongoing' | 'past' {
  if (event.startsOn > today) return 'upcoming';
  return event.endsOn >= today ? 'ongoing' : 'past';
}

/** The day before an ISO date (the "past" list asks for events started up to yesterday). */
export function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
