import { describe, expect, it } from 'vitest';
import { canManageCourse, courseDates } from './course-labels';

const PROVINCE_COURSE = { province: { code: '08', name: 'Tuyên Quang' } };
const NATIONAL_COURSE = { province: null };

describe('course labels', () => {
  it('writes one date for a one-day course and a range otherwise', () => {
    expect(courseDates({ startsOn: '2026-04-10', endsOn: '2026-04-10' })).toBe('10/04/2026');
    expect(courseDates({ startsOn: '2026-04-10', endsOn: '2026-04-12' })).toBe('10/04/2026 – 12/04/2026');
  });

  it('lets a province officer manage their province’s courses only, the ministry any', () => {
    const officer = { role: 'province_officer', provinceCode: '08' } as const;
    const other = { role: 'province_officer', provinceCode: '01' } as const;
    const ministry = { role: 'ministry_admin', provinceCode: null } as const;
    const leader = { role: 'province_leader', provinceCode: '08' } as const;
    expect(canManageCourse(officer, PROVINCE_COURSE)).toBe(true);
    expect(canManageCourse(officer, NATIONAL_COURSE)).toBe(false);
    expect(canManageCourse(other, PROVINCE_COURSE)).toBe(false);
    expect(canManageCourse(ministry, NATIONAL_COURSE)).toBe(true);
    expect(canManageCourse(leader, PROVINCE_COURSE)).toBe(false);
  });
});
