import type { CreateTradeEventBody, TradeEvent, TradeEventKind } from '../../api/types';

/** What the event form edits ("" = not given; provinceCode "" = a national event). */
export interface TradeEventFormValues {
  kind: TradeEventKind | '';
  name: string;
  provinceCode: string;
  place: string;
  startsOn: string;
  endsOn: string;
  organiser: string;
  website: string;
  description: string;
}

export function emptyTradeEventForm(provinceCode: string | null): TradeEventFormValues {
  return {
    kind: '',
    name: '',
    provinceCode: provinceCode ?? '',
    place: '',
    startsOn: '',
    endsOn: '',
    organiser: '',
    website: '',
    description: '',
  };
}

export function tradeEventToForm(event: TradeEvent): TradeEventFormValues {
  return {
    kind: event.kind,
    name: event.name,
    provinceCode: event.province?.code ?? '',
    place: event.place,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    organiser: event.organiser ?? '',
    website: event.website ?? '',
    description: event.description ?? '',
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The create/update body; an unset kind is sent as it is, so the server's error shows beside the select. */
export function formToTradeEventBody(values: TradeEventFormValues): CreateTradeEventBody {
  return {
    kind: values.kind as TradeEventKind,
    name: values.name.trim(),
    provinceCode: values.provinceCode || null,
    place: values.place.trim(),
    startsOn: values.startsOn,
    endsOn: values.endsOn || values.startsOn,
    organiser: orNull(values.organiser),
    website: orNull(values.website),
    description: orNull(values.description),
  };
}
