import { locateLatestScan } from '../../db/repositories/stamps-scans.repository.ts';
import { parseStampCode } from '../../domain/stamps/stamp-code.ts';
import type { AppDeps } from '../deps.ts';
import { locate, type ScanClient, type ScanPosition } from './scan-row.ts';
import type { StampRuntime } from './stamp-runtime.ts';

/** A position sent by the page's script joins the same client's scan of the code from the last minutes. */
const JOIN_WITHIN_MS = 30 * 60_000;

/**
 * Adds the coarse position a phone shared after the page loaded to that client's latest scan of the code:
 * still in the buffer, or already written. Nothing happens when there is no such scan (answers the same).
 */
export async function locateScan(
  deps: AppDeps,
  runtime: StampRuntime,
  codeText: string,
  client: ScanClient,
  position: ScanPosition,
): Promise<void> {
  const code = parseStampCode(codeText);
  const located = locate(position);
  if (!code || !located) return;
  const now = deps.now();
  const clientHash = runtime.clients.hash(now, client.address, client.userAgent);
  const pending = runtime.scans.findPending(
    (r) => r.code === code && r.clientHash === clientHash && r.lat == null,
  );
  if (pending) {
    Object.assign(pending, located);
    return;
  }
  const since = new Date(now.getTime() - JOIN_WITHIN_MS);
  await locateLatestScan(deps.db, { code, clientHash, since }, located);
}
