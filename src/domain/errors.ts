/**
 * One error model for the whole platform: use cases and the domain throw DomainError with a stable code;
 * the HTTP layer maps the code to a status (src/http/plugins/error-handler.ts) and a problem+json body.
 */
export const ErrorCodes = {
  VALIDATION_FAILED: { status: 400, title: 'Dữ liệu không hợp lệ', titleEn: 'Invalid input' },
  AUTH_REQUIRED: { status: 401, title: 'Cần đăng nhập', titleEn: 'Authentication required' },
  AUTH_INVALID_CREDENTIALS: {
    status: 401,
    title: 'Sai tên đăng nhập hoặc mật khẩu',
    titleEn: 'Wrong username or password',
  },
  AUTH_LOCKED: { status: 429, title: 'Tài khoản tạm khóa', titleEn: 'Account temporarily locked' },
  RATE_LIMITED: { status: 429, title: 'Quá nhiều yêu cầu', titleEn: 'Too many requests' },
  CSRF_INVALID: {
    status: 403,
    title: 'Thiếu hoặc sai mã chống giả mạo (CSRF)',
    titleEn: 'Missing or bad CSRF token',
  },
  FORBIDDEN: { status: 403, title: 'Không có quyền', titleEn: 'Forbidden' },
  FORBIDDEN_SCOPE: {
    status: 403,
    title: 'Ngoài phạm vi địa bàn được giao',
    titleEn: 'Outside your administrative scope',
  },
  NOT_FOUND: { status: 404, title: 'Không tìm thấy', titleEn: 'Not found' },
  ADMIN_UNIT_NOT_FOUND: {
    status: 404,
    title: 'Không tìm thấy đơn vị hành chính',
    titleEn: 'Administrative unit not found',
  },
  USER_NOT_FOUND: { status: 404, title: 'Không tìm thấy người dùng', titleEn: 'User not found' },
  USERNAME_TAKEN: { status: 409, title: 'Tên đăng nhập đã tồn tại', titleEn: 'Username already taken' },
  INVALID_ROLE_SCOPE: {
    status: 422,
    title: 'Vai trò và địa bàn không khớp',
    titleEn: 'Role and administrative unit do not match',
  },
  WEAK_PASSWORD: { status: 422, title: 'Mật khẩu quá yếu', titleEn: 'Password too weak' },
  PRODUCER_NOT_FOUND: { status: 404, title: 'Không tìm thấy chủ thể', titleEn: 'Producer not found' },
  PRODUCT_NOT_FOUND: { status: 404, title: 'Không tìm thấy sản phẩm', titleEn: 'Product not found' },
  CRITERIA_SET_NOT_FOUND: {
    status: 404,
    title: 'Không tìm thấy bộ tiêu chí',
    titleEn: 'Criteria set not found',
  },
  CERTIFICATE_NOT_FOUND: {
    status: 404,
    title: 'Không tìm thấy giấy chứng nhận',
    titleEn: 'Certificate not found',
  },
  PRODUCER_DUPLICATE: { status: 409, title: 'Chủ thể đã tồn tại', titleEn: 'Producer already exists' },
  PRODUCER_POSSIBLE_DUPLICATE: {
    status: 409,
    title: 'Có thể trùng chủ thể đã có',
    titleEn: 'Possible duplicate producer',
  },
  OCOP_CODE_TAKEN: {
    status: 409,
    title: 'Mã sản phẩm OCOP đã được dùng',
    titleEn: 'OCOP product code taken',
  },
  ARCHIVED: { status: 409, title: 'Hồ sơ đã lưu trữ', titleEn: 'Record archived' },
  IMPORT_INVALID_FILE: { status: 400, title: 'Tệp nhập không hợp lệ', titleEn: 'Invalid import file' },
  IMPORT_NO_COLUMNS: {
    status: 422,
    title: 'Không nhận ra cột dữ liệu nào',
    titleEn: 'No recognisable columns',
  },
  IMPORT_NOT_FOUND: { status: 404, title: 'Không tìm thấy lần nhập', titleEn: 'Import not found' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Dữ liệu gửi lên quá lớn', titleEn: 'Payload too large' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: 'Định dạng dữ liệu không được hỗ trợ',
    titleEn: 'Unsupported media type',
  },
  DOSSIER_NOT_FOUND: { status: 404, title: 'Không tìm thấy hồ sơ', titleEn: 'Dossier not found' },
  DOSSIER_ALREADY_OPEN: {
    status: 409,
    title: 'Sản phẩm đang có hồ sơ chưa xử lý xong',
    titleEn: 'The product already has an open dossier',
  },
  INVALID_TRANSITION: {
    status: 409,
    title: 'Thao tác không hợp lệ ở bước hiện tại',
    titleEn: 'Action not allowed in the current state',
  },
  DOSSIER_INCOMPLETE: { status: 422, title: 'Hồ sơ chưa đầy đủ', titleEn: 'Dossier incomplete' },
  REASON_REQUIRED: { status: 422, title: 'Cần ghi rõ lý do', titleEn: 'A reason is required' },
  FORM03_INCOMPLETE: {
    status: 422,
    title: 'Chưa hoàn thành báo cáo của xã (Mẫu 03)',
    titleEn: 'Commune report (Form 03) incomplete',
  },
  COUNCIL_NOT_READY: { status: 409, title: 'Hội đồng chưa sẵn sàng', titleEn: 'Council not ready' },
  COUNCIL_NOT_FOUND: { status: 404, title: 'Không tìm thấy Hội đồng', titleEn: 'Council not found' },
  QUORUM_NOT_MET: {
    status: 409,
    title: 'Chưa đủ số thành viên Hội đồng',
    titleEn: 'Council quorum not met',
  },
  SCORES_DIVERGENT: {
    status: 409,
    title: 'Điểm các thành viên chênh lệch lớn',
    titleEn: 'Members’ scores diverge',
  },
  DISCUSSION_REQUIRED: {
    status: 409,
    title: 'Cần thảo luận trước khi kết luận',
    titleEn: 'Discussion required first',
  },
  NOT_ASSIGNED: {
    status: 403,
    title: 'Hồ sơ không được giao cho bạn',
    titleEn: 'Dossier not assigned to you',
  },
  RECUSED: { status: 403, title: 'Bạn đã xin rút khỏi hồ sơ này', titleEn: 'You are recused' },
  SHEET_ALREADY_SUBMITTED: {
    status: 409,
    title: 'Phiếu chấm đã nộp, không sửa được',
    titleEn: 'Score sheet already submitted',
  },
  ROUND_NOT_FOUND: { status: 404, title: 'Không tìm thấy đợt đánh giá', titleEn: 'Round not found' },
  DECISION_NOT_FOUND: { status: 404, title: 'Không tìm thấy quyết định', titleEn: 'Decision not found' },
  EVIDENCE_NOT_FOUND: { status: 404, title: 'Không tìm thấy tài liệu', titleEn: 'Evidence not found' },
  DOSSIER_NOT_EDITABLE: {
    status: 409,
    title: 'Hồ sơ không còn sửa được ở bước hiện tại',
    titleEn: 'The dossier cannot be edited in its current state',
  },
  RE_EVALUATION_WINDOW: {
    status: 422,
    title: 'Ngoài thời hạn nộp hồ sơ đánh giá lại',
    titleEn: 'Outside the re-evaluation window',
  },
  REVOCATION_NOT_FOUND: {
    status: 404,
    title: 'Không tìm thấy hồ sơ thu hồi',
    titleEn: 'Revocation case not found',
  },
  NOTIFICATION_NOT_FOUND: {
    status: 404,
    title: 'Không tìm thấy thông báo',
    titleEn: 'Notification not found',
  },
  CONFLICT: { status: 409, title: 'Dữ liệu đã bị thay đổi', titleEn: 'Conflicting change' },
  INTERNAL: { status: 500, title: 'Lỗi hệ thống', titleEn: 'Internal error' },
  REVOCATION_ALREADY_OPEN: {
    status: 409,
    title: 'Giấy chứng nhận đang có hồ sơ thu hồi chưa quyết định',
    titleEn: 'The certificate already has an open revocation case',
  },
  CERTIFICATE_NOT_REVOCABLE: {
    status: 409,
    title: 'Giấy chứng nhận đã bị thu hồi hoặc đã hết hiệu lực',
    titleEn: 'The certificate is already revoked or expired',
  },
  SCORE_SHEET_NOT_FOUND: {
    status: 404,
    title: 'Không tìm thấy phiếu chấm điểm',
    titleEn: 'Score sheet not found',
  },
  DOCUMENT_NOT_READY: {
    status: 409,
    title: 'Chưa lập được văn bản ở bước hiện tại',
    titleEn: 'The document cannot be produced yet',
  },
  STAMP_BATCH_NOT_FOUND: { status: 404, title: 'Không tìm thấy lô tem', titleEn: 'Stamp batch not found' },
  STAMP_NOT_ALLOWED: {
    status: 409,
    title: 'Sản phẩm không đủ điều kiện cấp tem OCOP',
    titleEn: 'The product may not carry OCOP stamps',
  },
  STAMP_QUOTA_EXCEEDED: {
    status: 422,
    title: 'Vượt hạn mức tem của giấy chứng nhận',
    titleEn: 'Stamp quota of the certificate exceeded',
  },
  STAMP_BATCH_VOID: { status: 409, title: 'Lô tem đã bị hủy', titleEn: 'The stamp batch is void' },
  STAMP_CODE_INVALID: { status: 404, title: 'Mã tem không hợp lệ', titleEn: 'Not a valid stamp code' },
  STAMP_FLAG_NOT_FOUND: {
    status: 404,
    title: 'Không tìm thấy cảnh báo tem',
    titleEn: 'Stamp flag not found',
  },
  STAMP_FLAG_HANDLED: {
    status: 409,
    title: 'Cảnh báo tem đã được xử lý',
    titleEn: 'The stamp flag was already handled',
  },
  MISUSE_REPORT_NOT_FOUND: {
    status: 404,
    title: 'Không tìm thấy phản ánh',
    titleEn: 'Misuse report not found',
  },
  MISUSE_REPORT_CHANGE_INVALID: {
    status: 409,
    title: 'Không cập nhật được phản ánh ở trạng thái hiện tại',
    titleEn: 'The report cannot be changed that way',
  },
  MARKETPLACE_NOT_FOUND: {
    status: 404,
    title: 'Không tìm thấy sàn thương mại',
    titleEn: 'Marketplace not found',
  },
  WEBHOOK_DELIVERY_NOT_FOUND: {
    status: 404,
    title: 'Không tìm thấy lần gửi thông báo',
    titleEn: 'Webhook delivery not found',
  },
  SALE_POINT_NOT_FOUND: { status: 404, title: 'Không tìm thấy điểm bán', titleEn: 'Sale point not found' },
  TRADE_EVENT_NOT_FOUND: {
    status: 404,
    title: 'Không tìm thấy sự kiện xúc tiến thương mại',
    titleEn: 'Trade event not found',
  },
  TRADE_EVENT_NOT_STARTED: {
    status: 409,
    title: 'Sự kiện chưa diễn ra',
    titleEn: 'The event has not started yet',
  },
  TRADE_EVENT_HAS_RECORDS: {
    status: 409,
    title: 'Sự kiện đã có đơn vị tham gia hoặc kết quả',
    titleEn: 'The event has participants or outcomes',
  },
  TRADE_EVENT_OUTCOME_NOT_FOUND: {
    status: 404,
    title: 'Không tìm thấy kết quả xúc tiến thương mại',
    titleEn: 'Trade event outcome not found',
  },
  TRAINING_COURSE_NOT_FOUND: {
    status: 404,
    title: 'Không tìm thấy lớp tập huấn',
    titleEn: 'Training course not found',
  },
  TRAINING_COURSE_HAS_PARTICIPANTS: {
    status: 409,
    title: 'Lớp tập huấn đã có học viên',
    titleEn: 'The training course has participants',
  },
  SUPPORT_RECORD_NOT_FOUND: {
    status: 404,
    title: 'Không tìm thấy bản ghi hỗ trợ',
    titleEn: 'Support record not found',
  },
  YEARLY_FIGURES_NOT_FOUND: {
    status: 404,
    title: 'Không có số liệu của năm này',
    titleEn: 'No figures for this year',
  },
  PLAN_NOT_FOUND: { status: 404, title: 'Không tìm thấy kế hoạch', titleEn: 'Plan not found' },
  MANUAL_VALUE_NOT_ALLOWED: {
    status: 422,
    title: 'Chỉ số này được tính từ dữ liệu, không nhập tay',
    titleEn: 'This indicator is computed from the data; a manual value is not allowed',
  },
  REPORT_EXPORT_NOT_FOUND: {
    status: 404,
    title: 'Không tìm thấy tệp xuất dữ liệu',
    titleEn: 'Export file not found',
  },
  REPORT_MONTH_NOT_ENDED: {
    status: 422,
    title: 'Tháng này chưa kết thúc',
    titleEn: 'The month has not ended yet',
  },
  BACKUP_INVALID: {
    status: 422,
    title: 'Bản sao lưu không dùng được',
    titleEn: 'The backup cannot be used',
  },
  BACKUP_TARGET_NOT_EMPTY: {
    status: 409,
    title: 'Nơi khôi phục đã có dữ liệu',
    titleEn: 'The restore target already holds data',
  },
  BACKUP_TOO_NEW: {
    status: 422,
    title: 'Bản sao lưu của phiên bản mới hơn',
    titleEn: 'The backup comes from a newer version',
  },
} as const satisfies Record<string, { status: number; title: string; titleEn: string }>;

export type ErrorCode = keyof typeof ErrorCodes;

export type FieldError = { field: string; message: string };
export type ProblemExtensions = { state?: string; allowedActions?: string[] };

export class DomainError extends Error {
  readonly code: ErrorCode;
  /** Vietnamese sentence for the user; English goes to the log and `detailEn`. */
  readonly detail: string;
  readonly fieldErrors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;
  /** Extra members of the problem (e.g. the dossier `state` and its `allowedActions` on a 409). */
  readonly extensions: ProblemExtensions | undefined;

  constructor(
    code: ErrorCode,
    detail: string,
    options: {
      fieldErrors?: FieldError[];
      headers?: Record<string, string>;
      extensions?: ProblemExtensions;
    } = {},
  ) {
    super(`${code}: ${detail}`);
    this.name = 'DomainError';
    this.code = code;
    this.detail = detail;
    this.fieldErrors = options.fieldErrors;
    this.headers = options.headers;
    this.extensions = options.extensions;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
