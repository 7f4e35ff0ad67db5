import type { CouncilSeatRole } from '../../api/types';
import type { TranslateFn } from '../../i18n/i18n-context';

export const SEAT_ROLES: readonly CouncilSeatRole[] = ['chair', 'member', 'secretary', 'advisor'];

const isSeatRole = (role: string): role is CouncilSeatRole =>
  (SEAT_ROLES as readonly string[]).includes(role);

/** Chủ tịch, thành viên, thư ký, Tổ giúp việc (the API sends the seat as a plain string). */
export function seatLabel(t: TranslateFn, role: string): string {
  return isSeatRole(role) ? t(`seat.${role}`) : role;
}

/** Seats that score a dossier (the others advise or keep the minutes). */
export const isScoringSeat = (role: string): boolean => role === 'chair' || role === 'member';
