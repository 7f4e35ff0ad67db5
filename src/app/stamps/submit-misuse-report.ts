import { insertMisuseReport } from '../../db/repositories/stamps-reports.repository.ts';
import { parseStampCode } from '../../domain/stamps/stamp-code.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps } from '../deps.ts';
import { decodeBase64Photo, storeReportPhoto } from './report-photo.ts';
import { locate, type ScanClient, type ScanPosition } from './scan-row.ts';
import type { StampRuntime } from './stamp-runtime.ts';

export type MisuseReportInput = {
  code?: string | null | undefined;
  note: string;
  contact?: string | null | undefined;
  place?: string | null | undefined;
  position?: ScanPosition | undefined;
  /** A photo as base64 (JSON); the no-JavaScript form sends none. */
  photoBase64?: string | null | undefined;
};

export type MisuseReceipt = Readonly<{
  id: string;
  state: 'new';
  /** The province office the case went to; null: the ministry's office. */
  provinceCode: string | null;
  hasPhoto: boolean;
}>;

const PUBLIC_ACTOR = { id: null, label: 'public-report' };

/**
 * A consumer reports a fake or misused stamp. The case goes to the province of the stamp's product; for a code
 * that names no product, to the province nearest to the position the phone shared; otherwise to the ministry.
 */
export async function submitMisuseReport(
  deps: AppDeps,
  runtime: StampRuntime,
  input: MisuseReportInput,
  client: ScanClient,
): Promise<MisuseReceipt> {
  const raw = input.code?.trim() || null;
  const code = raw ? parseStampCode(raw) : null;
  const record = code ? await runtime.lookup.find(code) : null;
  const located = locate(input.position);
  const provinceCode = record?.product.provinceCode ?? located?.provinceCode ?? null;
  const photoKey = input.photoBase64
    ? await storeReportPhoto(deps, decodeBase64Photo(input.photoBase64))
    : null;
  const now = deps.now();
  const row = await deps.db.transaction(async (tx) => {
    const inserted = await insertMisuseReport(tx, {
      code: code ?? raw?.slice(0, 60) ?? null,
      productId: record?.product.id ?? null,
      provinceCode,
      note: input.note.trim(),
      contact: input.contact?.trim() || null,
      photoKey,
      place: input.place?.trim() || (located ? `${located.lat}, ${located.lon}` : null),
      state: 'new',
      clientHash: runtime.clients.hash(now, client.address, client.userAgent),
      createdAt: now,
      updatedAt: now,
    });
    await recordChange(tx, PUBLIC_ACTOR, now, {
      entity: 'misuse_report',
      entityId: inserted.id,
      action: 'create',
      after: { ...inserted, contact: inserted.contact ? '(hidden)' : null },
    });
    return inserted;
  });
  return { id: row.id, state: 'new', provinceCode: row.provinceCode, hasPhoto: photoKey !== null };
}
