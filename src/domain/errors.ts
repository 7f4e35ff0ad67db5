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
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Dữ liệu gửi lên quá lớn', titleEn: 'Payload too large' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: 'Định dạng dữ liệu không được hỗ trợ',
    titleEn: 'Unsupported media type',
  },
  INTERNAL: { status: 500, title: 'Lỗi hệ thống', titleEn: 'Internal error' },
} as const satisfies Record<string, { status: number; title: string; titleEn: string }>;

export type ErrorCode = keyof typeof ErrorCodes;

export type FieldError = { field: string; message: string };

export class DomainError extends Error {
  readonly code: ErrorCode;
  /** Vietnamese sentence for the user; English goes to the log and `detailEn`. */
  readonly detail: string;
  readonly fieldErrors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    detail: string,
    options: { fieldErrors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(`${code}: ${detail}`);
    this.name = 'DomainError';
    this.code = code;
    this.detail = detail;
    this.fieldErrors = options.fieldErrors;
    this.headers = options.headers;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
