import type { User } from '../../api/types';

/**
 * Where a user lands after logging in (an empty route): a producer on its own record, those whose work is
 * dossiers on the dossiers waiting for them, leaders on the dashboards; officers keep the administrative units.
 */
export function homeRoute(user: Pick<User, 'role' | 'producerId'>): string[] {
  switch (user.role) {
    case 'producer':
      return user.producerId ? ['producers', user.producerId] : ['dossiers'];
    case 'commune_officer':
    case 'council_member':
      return ['dossiers'];
    case 'province_leader':
    case 'ministry_leader':
      return ['dashboards'];
    default:
      return ['admin-units'];
  }
}
