import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';

/** "Xã Tân Cương, Tỉnh Thái Nguyên" for a 2025 commune code (the code itself when unknown). */
export function communeAddress(units: AdminUnitsIndex, communeCode: string): string {
  const commune = units.commune2025(communeCode);
  if (!commune) return communeCode;
  const province = units.province2025(commune.provinceCode);
  return province ? `${commune.fullName}, ${province.fullName}` : commune.fullName;
}

/** The authority that signs a decision at a level ("Ủy ban nhân dân Tỉnh Thái Nguyên"). */
export function authorityName(
  units: AdminUnitsIndex,
  level: 'province' | 'central',
  provinceCode: string | null,
) {
  if (level === 'central') return 'Bộ Nông nghiệp và Môi trường';
  const province = provinceCode ? units.province2025(provinceCode) : undefined;
  return `Ủy ban nhân dân ${province?.fullName ?? provinceCode ?? ''}`.trim();
}
