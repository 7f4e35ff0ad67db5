import type { IsoDate } from '../../domain/registry/calendar-date.ts';

/** 2027-03-05 → 05/03/2027, as dates are written in Vietnamese administrative text. */
export const formatVietnameseDate = (iso: IsoDate): string => iso.split('-').reverse().join('/');

/** Links into the back-office (hash routes of the SPA served at /admin). */
export const adminLink = (section: 'dossiers' | 'products' | 'revocations', id: string): string =>
  `/admin/#/${section}/${id}`;
