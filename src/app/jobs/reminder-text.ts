export { formatVietnameseDate } from '../../domain/registry/calendar-date.ts';

/** Links into the back-office (hash routes of the SPA served at /admin). */
export const adminLink = (
  section: 'dossiers' | 'products' | 'producers' | 'revocations' | 'plans',
  id: string,
): string => `/admin/#/${section}/${id}`;
