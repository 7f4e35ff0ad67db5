import { readFileSync } from 'node:fs';
import type { ProvinceCentre } from '../../domain/stamps/coarse-position.ts';

const FILE = new URL('../../../data/geo/province-centres.json', import.meta.url);

let cached: readonly ProvinceCentre[] | null = null;

/** The administrative centres of the 34 provinces of 2025 (data/geo/province-centres.json), read once. */
export function provinceCentres(): readonly ProvinceCentre[] {
  if (cached) return cached;
  const parsed = JSON.parse(readFileSync(FILE, 'utf8')) as { provinces: ProvinceCentre[] };
  cached = Object.freeze(
    parsed.provinces.map((p) => ({ code: p.code, name: p.name, lat: p.lat, lon: p.lon })),
  );
  return cached;
}
