import { fetchJson, type QueryParams } from './http';
import type {
  CreateOutcomeBody,
  CreateTradeEventBody,
  ListResponse,
  SetParticipantsBody,
  TradeEvent,
  TradeEventList,
  TradeEventOutcome,
  TradeEventOutcomeList,
  TradeEventParticipant,
  UpdateTradeEventBody,
} from './types';

const eventPath = (id: string) => `/trade-events/${encodeURIComponent(id)}`;

export function fetchTradeEvents(query: QueryParams, signal?: AbortSignal): Promise<TradeEventList> {
  return fetchJson<TradeEventList>('/trade-events', { query, signal });
}

export function fetchTradeEvent(id: string, signal?: AbortSignal): Promise<TradeEvent> {
  return fetchJson<TradeEvent>(eventPath(id), { signal });
}

export function createTradeEvent(body: CreateTradeEventBody): Promise<TradeEvent> {
  return fetchJson<TradeEvent>('/trade-events', { method: 'POST', body });
}

export function updateTradeEvent(id: string, body: UpdateTradeEventBody): Promise<TradeEvent> {
  return fetchJson<TradeEvent>(eventPath(id), { method: 'PATCH', body });
}

/** 409 when the event already has participants or outcomes. */
export function deleteTradeEvent(id: string): Promise<void> {
  return fetchJson<void>(eventPath(id), { method: 'DELETE' });
}

export function fetchParticipants(
  id: string,
  signal?: AbortSignal,
): Promise<ListResponse<TradeEventParticipant>> {
  return fetchJson<ListResponse<TradeEventParticipant>>(`${eventPath(id)}/participants`, { signal });
}

/** Replaces the whole list of participants. */
export function setParticipants(
  id: string,
  body: SetParticipantsBody,
): Promise<ListResponse<TradeEventParticipant>> {
  return fetchJson<ListResponse<TradeEventParticipant>>(`${eventPath(id)}/participants`, {
    method: 'PUT',
    body,
  });
}

export function fetchOutcomes(id: string, signal?: AbortSignal): Promise<TradeEventOutcomeList> {
  return fetchJson<TradeEventOutcomeList>(`${eventPath(id)}/outcomes`, { signal });
}

/** Refused before the event starts. */
export function recordOutcome(id: string, body: CreateOutcomeBody): Promise<TradeEventOutcome> {
  return fetchJson<TradeEventOutcome>(`${eventPath(id)}/outcomes`, { method: 'POST', body });
}

export function deleteOutcome(id: string, outcomeId: string): Promise<void> {
  return fetchJson<void>(`${eventPath(id)}/outcomes/${encodeURIComponent(outcomeId)}`, { method: 'DELETE' });
}
