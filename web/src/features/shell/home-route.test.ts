import { describe, expect, it } from 'vitest';
import type { Role } from '../../api/types';
import { homeRoute } from './home-route';

describe('homeRoute', () => {
  it.each<[Role, string | null, string[]]>([
    ['producer', 'p-1', ['producers', 'p-1']],
    ['producer', null, ['dossiers']],
    ['commune_officer', null, ['dossiers']],
    ['council_member', null, ['dossiers']],
    ['province_leader', null, ['dashboards']],
    ['ministry_leader', null, ['dashboards']],
    ['province_officer', null, ['admin-units']],
    ['ministry_admin', null, ['admin-units']],
  ])('%s (producer %s) → %j', (role, producerId, expected) => {
    expect(homeRoute({ role, producerId })).toEqual(expected);
  });
});
