import type { FieldError } from '../../domain/errors.ts';
import type { TradeEventKind } from '../../domain/marketplace/trade-event-kinds.ts';
import { dateRangeProblems } from '../../domain/registry/date-range.ts';
import { oneLine } from '../../domain/registry/text-line.ts';
import { parseSaleChannelUrl } from '../../domain/registry/url.ts';
import { throwIfInvalid } from '../../domain/scoring/input.ts';
import type { AppDeps } from '../deps.ts';

export type TradeEventInput = {
  kind: TradeEventKind;
  name: string;
  /** null: a national event (the ministry's). */
  provinceCode: string | null;
  place: string;
  startsOn: string;
  endsOn: string;
  organiser?: string | null | undefined;
  website?: string | null | undefined;
  description?: string | null | undefined;
};

/** Validates an event; every problem is reported with its field. */
export function tradeEventColumns(deps: Pick<AppDeps, 'adminUnits'>, input: TradeEventInput) {
  const errors: FieldError[] = [];
  if (input.provinceCode !== null && !deps.adminUnits.province2025(input.provinceCode)) {
    errors.push({ field: 'body.provinceCode', message: `Không có tỉnh/thành phố mã ${input.provinceCode}.` });
  }
  errors.push(...dateRangeProblems(input));
  let website: string | null = null;
  if (input.website) {
    const parsed = parseSaleChannelUrl(input.website);
    if (parsed.ok) website = parsed.value.url;
    else errors.push({ field: 'body.website', message: parsed.message });
  }
  const name = oneLine(input.name);
  const place = oneLine(input.place);
  if (!name) errors.push({ field: 'body.name', message: 'Chưa nhập tên sự kiện.' });
  if (!place) errors.push({ field: 'body.place', message: 'Chưa nhập địa điểm.' });
  throwIfInvalid(errors);
  return {
    kind: input.kind,
    name: name ?? '',
    provinceCode: input.provinceCode,
    place: place ?? '',
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    organiser: oneLine(input.organiser),
    website,
    description: input.description?.normalize('NFC').trim() || null,
  };
}
