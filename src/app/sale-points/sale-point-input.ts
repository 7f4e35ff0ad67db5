import type { FieldError } from '../../domain/errors.ts';
import {
  coordinatesProblem,
  type SalePointLevel,
  type SalePointLocationType,
} from '../../domain/marketplace/sale-point-rules.ts';
import { parsePhone } from '../../domain/registry/phone.ts';
import { oneLine } from '../../domain/registry/text-line.ts';
import { parseSaleChannelUrl } from '../../domain/registry/url.ts';
import { throwIfInvalid } from '../../domain/scoring/input.ts';
import type { AppDeps } from '../deps.ts';
import { recognitionOf } from './recognition.ts';

export type SalePointInput = {
  name: string;
  address: string;
  provinceCode: string;
  communeCode?: string | null | undefined;
  lat?: number | null | undefined;
  lon?: number | null | undefined;
  level: SalePointLevel;
  locationType: SalePointLocationType;
  phone?: string | null | undefined;
  openingHours?: string | null | undefined;
  website?: string | null | undefined;
  /** Number of the recognition decision (e.g. "1234/QĐ-UBND"). */
  recognisedBy?: string | null | undefined;
  recognisedOn?: string | null | undefined;
  isActive?: boolean | undefined;
  productIds?: string[] | undefined;
};

/** Validates a sale point; every problem is reported with its field. */
export function salePointColumns(deps: Pick<AppDeps, 'adminUnits'>, input: SalePointInput, today: string) {
  const errors: FieldError[] = [];
  const province = deps.adminUnits.province2025(input.provinceCode);
  if (!province)
    errors.push({ field: 'body.provinceCode', message: `Không có tỉnh/thành phố mã ${input.provinceCode}.` });
  const communeCode = input.communeCode || null;
  if (communeCode !== null) {
    const commune = deps.adminUnits.commune2025(communeCode);
    if (!commune)
      errors.push({ field: 'body.communeCode', message: `Không có xã/phường mã ${communeCode}.` });
    else if (commune.provinceCode !== input.provinceCode)
      errors.push({ field: 'body.communeCode', message: `${commune.fullName} không thuộc tỉnh đã chọn.` });
  } else if (input.level === 'commune') {
    errors.push({ field: 'body.communeCode', message: 'Điểm bán cấp xã cần chọn xã/phường.' });
  }
  const lat = input.lat ?? null;
  const lon = input.lon ?? null;
  const where = coordinatesProblem(lat, lon);
  if (where) errors.push({ field: lon === null && lat !== null ? 'body.lon' : 'body.lat', message: where });
  let phone: string | null = null;
  if (input.phone) {
    const parsed = parsePhone(input.phone);
    if (parsed.ok) phone = parsed.value.e164;
    else errors.push({ field: 'body.phone', message: parsed.message });
  }
  let website: string | null = null;
  if (input.website) {
    const parsed = parseSaleChannelUrl(input.website);
    if (parsed.ok) website = parsed.value.url;
    else errors.push({ field: 'body.website', message: parsed.message });
  }
  const recognition = recognitionOf(input, today, errors);
  const name = oneLine(input.name);
  const address = oneLine(input.address);
  if (!name) errors.push({ field: 'body.name', message: 'Chưa nhập tên điểm bán.' });
  if (!address) errors.push({ field: 'body.address', message: 'Chưa nhập địa chỉ.' });
  throwIfInvalid(errors);
  return {
    name: name ?? '',
    address: address ?? '',
    provinceCode: input.provinceCode,
    communeCode,
    // numeric(8,5): five decimals (about a metre) is all a map needs.
    lat: lat === null ? null : lat.toFixed(5),
    lon: lon === null ? null : lon.toFixed(5),
    level: input.level,
    locationType: input.locationType,
    phone,
    openingHours: oneLine(input.openingHours),
    website,
    ...recognition,
    isActive: input.isActive ?? true,
  };
}
