import { ConfigError, loadConfig } from '../config/env.ts';
import { runAuditVerify } from './audit-verify.ts';
import { runBackupCreate, runBackupRestore, runBackupVerify } from './backup.ts';
import { runDbMigrate } from './db-migrate.ts';
import { runImportProducts } from './import-products.ts';
import { runRegrade } from './regrade.ts';
import { runScore } from './score.ts';
import { runUserCreate } from './user-create.ts';

const USAGE = `ocop — công cụ dòng lệnh của Nền tảng OCOP / OCOP Platform CLI

  ocop user create --username U --role R [--province 08] [--commune 02245] [--display-name "Tên"] [--producer UUID]
        mật khẩu lấy từ biến OCOP_PASSWORD hoặc nhập từ bàn phím / password from OCOP_PASSWORD or a prompt
        vai trò / roles: ministry_admin, province_officer, commune_officer, council_member, producer
  ocop audit verify      kiểm tra chuỗi băm nhật ký / verify the audit hash chain
  ocop db migrate        áp dụng migration / apply database migrations
  ocop backup create [FILE]   sao lưu CSDL + tệp tải lên vào một .tar.gz / back up database + uploads
  ocop backup verify FILE     kiểm tra SHA-256 từng tệp / check every file's SHA-256
  ocop backup restore FILE    khôi phục vào cài đặt mới (trống) / restore into a fresh, empty install
  ocop import products FILE [--dry-run] [--province 08] [--report bao-cao.xlsx]
        nhập danh sách OCOP (.xlsx/.csv), địa chỉ cũ được quy về xã 2025 / import an OCOP list (.xlsx/.csv)
  ocop score FILE        chấm điểm phiếu đánh giá (JSON), không dùng CSDL / score evaluation sheets, no database
  ocop regrade --criteria-set FILE
        chấm lại thử các đánh giá hội đồng theo bộ tiêu chí trong FILE, báo sản phẩm đổi điểm/hạng sao
        / what-if: re-score stored council evaluations under FILE, report the products that would change

Cơ sở dữ liệu như máy chủ / database as the server: DATABASE_URL, else embedded PGlite in DATA_DIR.`;

type Command = (config: ReturnType<typeof loadConfig>, args: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  'user create': runUserCreate,
  'audit verify': runAuditVerify,
  'db migrate': runDbMigrate,
  'backup create': runBackupCreate,
  'backup verify': runBackupVerify,
  'backup restore': runBackupRestore,
  'import products': runImportProducts,
  score: runScore,
  regrade: runRegrade,
};

export async function main(argv: string[]): Promise<number> {
  const words = COMMANDS[argv.slice(0, 2).join(' ')] ? 2 : 1; // two-word commands first, then `score`
  const command = COMMANDS[argv.slice(0, words).join(' ')];
  if (!command) {
    console.error(USAGE);
    return argv.length === 0 || argv[0] === '--help' || argv[0] === 'help' ? 0 : 64;
  }
  try {
    return await command(loadConfig(process.env), argv.slice(words));
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
