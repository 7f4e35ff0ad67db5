import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../auth/roles.ts';
import { assertCanWriteWallet, canReadWallet, canWriteWallet } from './wallet-access.ts';

const PRODUCER = { provinceCode: '08', communeCode: '02245', producerId: 'p1' };

const actor = (role: Role, unit: Partial<Actor> = {}): Actor => ({
  id: 'u1',
  role,
  provinceCode: null,
  communeCode: null,
  ...unit,
});

describe('wallet access', () => {
  it.each([
    // actor, may read, may write
    [
      'own producer',
      actor('producer', { provinceCode: '08', communeCode: '02245', producerId: 'p1' }),
      true,
      true,
    ],
    [
      'other producer, same commune',
      actor('producer', { provinceCode: '08', communeCode: '02245', producerId: 'p2' }),
      false,
      false,
    ],
    [
      'commune officer of the commune',
      actor('commune_officer', { provinceCode: '08', communeCode: '02245' }),
      true,
      true,
    ],
    [
      'commune officer elsewhere',
      actor('commune_officer', { provinceCode: '08', communeCode: '02246' }),
      false,
      false,
    ],
    ['province officer of the province', actor('province_officer', { provinceCode: '08' }), true, true],
    ['province officer elsewhere', actor('province_officer', { provinceCode: '01' }), false, false],
    ['province leader', actor('province_leader', { provinceCode: '08' }), true, false],
    ['ministry admin', actor('ministry_admin'), true, false],
    ['ministry leader', actor('ministry_leader'), true, false],
    ['council member of the province', actor('council_member', { provinceCode: '08' }), false, false],
    ['central council member', actor('council_member'), false, false],
  ])('%s: read %s, write %s', (_name, who, read, write) => {
    expect(canReadWallet(who, PRODUCER)).toBe(read);
    expect(canWriteWallet(who, PRODUCER)).toBe(write);
  });

  it.each([
    [actor('council_member', { provinceCode: '08' }), 'FORBIDDEN'],
    [actor('commune_officer', { provinceCode: '08', communeCode: '02246' }), 'FORBIDDEN_SCOPE'],
    [actor('ministry_admin'), 'FORBIDDEN'],
  ])('refuses with the right code', (who, code) => {
    expect(() => assertCanWriteWallet(who, PRODUCER)).toThrow(expect.objectContaining({ code }));
  });
});
