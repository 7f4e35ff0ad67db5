// Where a scan happened, as coarsely as is useful: two decimals of latitude/longitude (about 1 km), and the
// 2025 province whose administrative centre is nearest (data/geo/province-centres.json). Nearest-centre is a
// rough stand-in for "inside the province" (no boundary polygons are shipped); it is only used to notice a
// stamp scanned in distant places, and to route a report when the code names no product.

export type CoarsePosition = Readonly<{ lat: number; lon: number }>;
export type ProvinceCentre = Readonly<{ code: string; name: string; lat: number; lon: number }>;

/** Vietnam with its islands (Hoàng Sa, Trường Sa); outside it no province is named. */
const VIETNAM_BOUNDS = { minLat: 6, maxLat: 23.5, minLon: 102, maxLon: 117.9 } as const;
const EARTH_RADIUS_KM = 6371;

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Rounds a position the phone shared to 2 decimals; null when it is not a position on Earth. */
export function coarsen(lat: number, lon: number): CoarsePosition | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) return null;
  return { lat: round2(lat), lon: round2(lon) };
}

/** Great-circle distance in km (haversine). */
export function distanceKm(a: CoarsePosition, b: CoarsePosition): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The province whose centre is nearest, when the position is in Vietnam; otherwise null. */
export function nearestProvince(
  position: CoarsePosition,
  centres: readonly ProvinceCentre[],
): ProvinceCentre | null {
  const b = VIETNAM_BOUNDS;
  if (
    position.lat < b.minLat ||
    position.lat > b.maxLat ||
    position.lon < b.minLon ||
    position.lon > b.maxLon
  ) {
    return null;
  }
  let best: ProvinceCentre | null = null;
  let bestKm = Number.POSITIVE_INFINITY;
  for (const centre of centres) {
    const km = distanceKm(position, centre);
    if (km < bestKm) {
      best = centre;
      bestKm = km;
    }
  }
  return best;
}
