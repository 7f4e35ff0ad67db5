import { DomainError } from '../../domain/errors.ts';
import type { CriteriaSet } from '../../domain/scoring/types.ts';

/**
 * The URL-friendly form of a criteria set id: accents folded, "đ" → "d", lower case, every run of other
 * characters → "-". "26/2026/QĐ-TTg" → "26-2026-qd-ttg".
 */
export function criteriaSetSlug(id: string): string {
  return id
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The set whose id is `ref`, or whose slug equals the slug of `ref` (so "26-2026-QD-TTG" works too). */
export function findCriteriaSetByRef(sets: readonly CriteriaSet[], ref: string): CriteriaSet | undefined {
  const exact = sets.find((s) => s.id === ref);
  if (exact) return exact;
  const slug = criteriaSetSlug(ref);
  return slug === '' ? undefined : sets.find((s) => criteriaSetSlug(s.id) === slug);
}

/** Like findCriteriaSetByRef, but a missing set is a 404 (CRITERIA_SET_NOT_FOUND). */
export function requireCriteriaSet(sets: readonly CriteriaSet[], ref: string): CriteriaSet {
  const set = findCriteriaSetByRef(sets, ref);
  if (set) return set;
  const known = sets.map((s) => `${s.id} (${criteriaSetSlug(s.id)})`).join(', ') || 'không có';
  throw new DomainError('CRITERIA_SET_NOT_FOUND', `Không có bộ tiêu chí "${ref}". Hiện có: ${known}.`);
}
