import { verifyAuditLog } from '../app/audit/verify-audit-log.ts';
import type { AppConfig } from '../config/env.ts';
import { openDatabase, pgliteDirIn } from '../db/client.ts';

const REASONS = {
  'hash-mismatch': 'nội dung dòng đã bị sửa (hash không khớp) / row content altered',
  'prev-hash-mismatch': 'liên kết với dòng trước bị đứt / link to previous row broken',
  'seq-gap': 'thiếu dòng (số thứ tự bị ngắt) / missing row (sequence gap)',
} as const;

/** Exit 0 when the whole chain verifies; 1 with the first broken link otherwise. */
export async function runAuditVerify(config: AppConfig): Promise<number> {
  const database = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { pgliteDir: pgliteDirIn(config.dataDir) },
  );
  try {
    const verdict = await verifyAuditLog(database.db);
    if (verdict.ok) {
      console.log(`Nhật ký toàn vẹn / audit log intact: ${verdict.checked} dòng / entries verified.`);
      return 0;
    }
    console.error(
      `Nhật ký bị phá vỡ tại dòng / audit chain broken at seq ${verdict.brokenAt}: ${REASONS[verdict.reason]} ` +
        `(${verdict.checked} dòng trước đó hợp lệ / earlier entries valid)`,
    );
    return 1;
  } finally {
    await database.close();
  }
}
