import { findStampByGtin } from '../../db/repositories/stamps-verify.repository.ts';
import { type IsoDate, vietnamDate } from '../../domain/registry/calendar-date.ts';
import { type Gs1StampKey, parseGs1StampKey } from '../../domain/stamps/gs1-digital-link.ts';
import { parseStampCode } from '../../domain/stamps/stamp-code.ts';
import {
  INVALID_VERDICT,
  type StampRecord,
  type StampVerdict,
  stampVerdict,
} from '../../domain/stamps/stamp-verdict.ts';
import type { AppDeps } from '../deps.ts';
import { type ScanChannel, type ScanClient, type ScanPosition, scanRow } from './scan-row.ts';
import type { StampRuntime } from './stamp-runtime.ts';

/** The verdict of a record on a day, computed once per looked-up record (records live a few seconds). */
const verdicts = new WeakMap<StampRecord, { today: IsoDate; verdict: StampVerdict }>();
function verdictOf(record: StampRecord | null, today: IsoDate): StampVerdict {
  if (!record) return stampVerdict(null, today);
  const memo = verdicts.get(record);
  if (memo?.today === today) return memo.verdict;
  const verdict = stampVerdict(record, today);
  verdicts.set(record, { today, verdict });
  return verdict;
}

export type StampQuery = { kind: 'code'; text: string } | { kind: 'gs1'; gtin: string; serial: string };

export type StampVerification = Readonly<{
  /** The canonical code: as read from a /v/ link, or of the stamp a GS1 link named. */
  code: string | null;
  gs1: Gs1StampKey | null;
  verdict: StampVerdict;
  record: StampRecord | null;
  today: IsoDate;
}>;

async function lookUp(runtime: StampRuntime, key: string, find: () => Promise<StampRecord | null>) {
  const cached = runtime.cache.get(key);
  if (cached) return cached.value;
  const record = await find();
  runtime.cache.set(key, record);
  return record;
}

/**
 * The verdict on a scanned code or GS1 Digital Link, and a scan in the log (off the request path). A
 * malformed code or link is answered without touching the database and is not logged.
 */
export async function verifyStamp(
  deps: AppDeps,
  runtime: StampRuntime,
  query: StampQuery,
  scan: Readonly<{ channel: ScanChannel; client: ScanClient; position?: ScanPosition | undefined }>,
): Promise<StampVerification> {
  const now = deps.now();
  const today = vietnamDate(now);
  const code = query.kind === 'code' ? parseStampCode(query.text) : null;
  const gs1 = query.kind === 'gs1' ? parseGs1StampKey(query.gtin, query.serial) : null;
  if (code === null && gs1 === null)
    return { code: null, gs1: null, verdict: INVALID_VERDICT, record: null, today };
  const record = code
    ? await lookUp(runtime, code, () => runtime.lookup.find(code))
    : gs1
      ? await lookUp(runtime, `gs1:${gs1.gtin13}/${gs1.serial}`, () =>
          findStampByGtin(deps.db, gs1.gtin13, gs1.serial),
        )
      : null;
  const loggedCode = record?.code ?? code ?? `01/0${gs1?.gtin13}/21/${gs1?.serial}`;
  const row = { code: loggedCode, productId: record?.product.id ?? null, channel: scan.channel };
  runtime.scans.add(scanRow(runtime, now, row, scan.client, scan.position));
  return { code: record?.code ?? code, gs1, verdict: verdictOf(record, today), record, today };
}
