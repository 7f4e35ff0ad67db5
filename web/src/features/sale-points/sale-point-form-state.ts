import type { CreateSalePointBody, SalePoint, SalePointLevel, SalePointLocationType } from '../../api/types';
import type { UserScope } from '../../lib/permissions';

/** A product the sale point carries, as the chooser shows it. */
export interface CarriedProduct {
  id: string;
  name: string;
  stars: number | null;
  status: string;
}

/** What the sale point form edits: inputs as strings ("" = not given). */
export interface SalePointFormValues {
  name: string;
  address: string;
  provinceCode: string;
  communeCode: string;
  lat: string;
  lon: string;
  level: SalePointLevel | '';
  locationType: SalePointLocationType | '';
  phone: string;
  openingHours: string;
  website: string;
  recognisedBy: string;
  recognisedOn: string;
  isActive: boolean;
  products: CarriedProduct[];
}

export function emptySalePointForm(scope: UserScope): SalePointFormValues {
  return {
    name: '',
    address: '',
    provinceCode: scope.provinceCode ?? '',
    communeCode: scope.communeCode ?? '',
    lat: '',
    lon: '',
    level: '',
    locationType: '',
    phone: '',
    openingHours: '',
    website: '',
    recognisedBy: '',
    recognisedOn: '',
    isActive: true,
    products: [],
  };
}

export function salePointToForm(point: SalePoint): SalePointFormValues {
  return {
    name: point.name,
    address: point.address,
    provinceCode: point.province.code,
    communeCode: point.commune?.code ?? '',
    lat: point.lat === null ? '' : String(point.lat),
    lon: point.lon === null ? '' : String(point.lon),
    level: point.level,
    locationType: (point.locationType ?? '') as SalePointLocationType | '',
    phone: point.phone ?? '',
    openingHours: point.openingHours ?? '',
    website: point.website ?? '',
    recognisedBy: point.recognisedBy ?? '',
    recognisedOn: point.recognisedOn ?? '',
    isActive: point.isActive,
    products: point.products.map(({ id, name, stars, status }) => ({ id, name, stars, status })),
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** "21,8" or "21.8" → 21.8; blank → null; anything else → NaN, which the server refuses on its field. */
export function parseCoordinate(value: string): number | null {
  const text = value.trim().replace(',', '.');
  return text === '' ? null : Number(text);
}

/**
 * The create/update body (the whole record, products included: the list replaces the old one). Unset
 * selects are sent as they are, so the server's errors show beside them.
 */
export function formToSalePointBody(values: SalePointFormValues): CreateSalePointBody {
  return {
    name: values.name.trim(),
    address: values.address.trim(),
    provinceCode: values.provinceCode,
    communeCode: values.communeCode || null,
    lat: parseCoordinate(values.lat),
    lon: parseCoordinate(values.lon),
    level: values.level as SalePointLevel,
    locationType: values.locationType as SalePointLocationType,
    phone: orNull(values.phone),
    openingHours: orNull(values.openingHours),
    website: orNull(values.website),
    recognisedBy: orNull(values.recognisedBy),
    recognisedOn: values.recognisedOn || null,
    isActive: values.isActive,
    productIds: values.products.map((product) => product.id),
  };
}
