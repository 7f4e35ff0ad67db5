import type { NewScanRow } from '../../db/repositories/stamps-scans.repository.ts';
import { type CoarsePosition, coarsen, nearestProvince } from '../../domain/stamps/coarse-position.ts';
import { provinceCentres } from './province-centres.ts';
import type { StampRuntime } from './stamp-runtime.ts';

export type ScanChannel = 'page' | 'api' | 'gs1';
/** Who scanned, as the request shows it; only a daily hash of it is kept. */
export type ScanClient = Readonly<{ address: string; userAgent: string }>;
export type ScanPosition = Readonly<{ lat: number; lon: number }>;

const MAX_USER_AGENT = 200;

export type LocatedPosition = Readonly<{ lat: string; lon: string; provinceCode: string | null }>;

/** Rounds a shared position to 2 decimals and names the nearest province; null when it is no position. */
export function locate(position: ScanPosition | undefined): LocatedPosition | null {
  if (!position) return null;
  const coarse: CoarsePosition | null = coarsen(position.lat, position.lon);
  if (!coarse) return null;
  return {
    lat: coarse.lat.toFixed(2),
    lon: coarse.lon.toFixed(2),
    provinceCode: nearestProvince(coarse, provinceCentres())?.code ?? null,
  };
}

export function scanRow(
  runtime: StampRuntime,
  at: Date,
  scan: { code: string; productId: string | null; channel: ScanChannel },
  client: ScanClient,
  position: ScanPosition | undefined,
): NewScanRow {
  const located = locate(position);
  return {
    code: scan.code,
    productId: scan.productId,
    at,
    clientHash: runtime.clients.hash(at, client.address, client.userAgent),
    userAgent: client.userAgent.slice(0, MAX_USER_AGENT) || null,
    lat: located?.lat ?? null,
    lon: located?.lon ?? null,
    provinceCode: located?.provinceCode ?? null,
    channel: scan.channel,
  };
}
