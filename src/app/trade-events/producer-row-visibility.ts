import type { Actor } from '../../domain/auth/roles.ts';

/**
 * Rows about a producer inside a province-wide record (an event's participants and outcomes, a course's
 * attendees): a producer account sees only its own, a commune officer those of its commune, everyone else
 * who may read the record sees them all. A row about no producer shows to province roles and above only.
 */
export function canSeeProducerRow(
  actor: Actor,
  row: { producerId: string | null; communeCode: string | null },
): boolean {
  switch (actor.role) {
    case 'producer':
      return row.producerId !== null && row.producerId === actor.producerId;
    case 'commune_officer':
      return row.communeCode !== null && row.communeCode === actor.communeCode;
    default:
      return true;
  }
}
