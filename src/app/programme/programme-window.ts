import { DomainError, type FieldError } from '../../domain/errors.ts';
import type { IndicatorWindow } from '../../domain/programme/indicator-result.ts';
import type { ProgrammeScope } from '../../domain/programme/programme-scope.ts';
import { isIsoDate, vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';

export function assertKnownScope(deps: Pick<AppDeps, 'adminUnits'>, scope: ProgrammeScope): void {
  if (scope.kind === 'province' && !deps.adminUnits.province2025(scope.provinceCode)) {
    throw new DomainError(
      'ADMIN_UNIT_NOT_FOUND',
      `Không có tỉnh mã "${scope.provinceCode}" (đơn vị từ 1/7/2025).`,
    );
  }
}

export function assertValidWindow(window: IndicatorWindow): void {
  const fieldErrors: FieldError[] = [];
  for (const key of ['asOf', 'from', 'to'] as const) {
    if (!isIsoDate(window[key]))
      fieldErrors.push({ field: `query.${key}`, message: 'Cần ngày dạng YYYY-MM-DD.' });
  }
  if (fieldErrors.length === 0 && window.from > window.to) {
    fieldErrors.push({ field: 'query.from', message: 'Ngày bắt đầu kỳ phải không sau ngày kết thúc.' });
  }
  if (fieldErrors.length > 0)
    throw new DomainError('VALIDATION_FAILED', 'Kỳ báo cáo không hợp lệ.', { fieldErrors });
}

export type WindowQuery = Readonly<{
  asOf?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}>;

/** asOf defaults to today (Vietnam), the period to 1 January of asOf's year through asOf. */
export function windowOf(deps: AppDeps, query: WindowQuery): IndicatorWindow {
  const asOf = query.asOf ?? vietnamDate(deps.now());
  const window = { asOf, from: query.from ?? `${asOf.slice(0, 4)}-01-01`, to: query.to ?? asOf };
  assertValidWindow(window);
  return window;
}
