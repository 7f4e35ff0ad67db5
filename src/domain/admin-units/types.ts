// Plain data types for Vietnamese administrative units, before and after the 1 July 2025 reform.
// Codes are strings with leading zeros (province "01", district "001", commune "00004").

/** A province-level unit in force from 1 July 2025 (34 units). */
export interface Province2025 {
  code: string;
  /** Short name, e.g. "Hà Nội". */
  name: string;
  /** "Tỉnh" or "Thành phố". */
  type: string;
  /** Type + name, e.g. "Thành phố Hà Nội". */
  fullName: string;
  nameEn: string;
}

/** A commune-level unit in force from 1 July 2025 (3,321 units: Xã, Phường, Đặc khu). */
export interface Commune2025 {
  code: string;
  name: string;
  type: string;
  fullName: string;
  provinceCode: string;
}

/** A province-level unit before 1 July 2025 (63 units). */
export interface ProvincePre2025 {
  code: string;
  name: string;
  type: string;
  fullName: string;
  nameEn: string;
}

/** A district-level unit before 1 July 2025 (696 units: Huyện, Thị xã, Quận, Thành phố). */
export interface DistrictPre2025 {
  code: string;
  name: string;
  type: string;
  fullName: string;
  provinceCode: string;
}

/** A commune-level unit before 1 July 2025 (10,035 units: Xã, Phường, Thị trấn). */
export interface CommunePre2025 {
  code: string;
  name: string;
  type: string;
  fullName: string;
  districtCode: string;
  provinceCode: string;
}

/**
 * One (old unit, new commune) pair. An old commune divided between several new communes has several
 * rows with `isSplit = true`. Island districts without communes have `oldCommuneCode = null`.
 */
export interface CommuneMapping {
  oldCommuneCode: string | null;
  oldDistrictCode: string;
  newCommuneCode: string;
  oldProvinceCode: string;
  newProvinceCode: string;
  isSplit: boolean;
  /** "both-sources", "resolution-checked" or "district-level". */
  evidence: string;
}

/** The whole reference data set, as read from the CSV files. */
export interface AdminUnitsData {
  provinces2025: readonly Province2025[];
  communes2025: readonly Commune2025[];
  provincesPre2025: readonly ProvincePre2025[];
  districtsPre2025: readonly DistrictPre2025[];
  communesPre2025: readonly CommunePre2025[];
  mappings: readonly CommuneMapping[];
}

/** How a 2025 commune was found: directly by its 2025 name, or through an old commune and the mapping. */
export type ResolvedVia = '2025' | 'pre2025-mapping';
