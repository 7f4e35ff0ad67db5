import { describe, expect, it } from 'vitest';
import type { TradeEvent } from '../../api/types';
import { emptyTradeEventForm, formToTradeEventBody, tradeEventToForm } from './trade-event-form-state';

const EVENT: TradeEvent = {
  id: '0b6f7e0e-5d7b-4d55-8d0a-6e3f3c2b1a10',
  slug: 'hoi-cho-ocop-tuyen-quang-2026',
  kind: 'fair',
  name: 'Hội chợ OCOP Tuyên Quang 2026',
  province: { code: '08', name: 'Tuyên Quang' },
  place: 'Quảng trường Tân Trào',
  startsOn: '2026-05-10',
  endsOn: '2026-05-14',
  organiser: 'Sở Công Thương',
  website: null,
  description: null,
  createdAt: '2026-03-01T00:00:00Z',
  updatedAt: '2026-03-01T00:00:00Z',
};

describe('trade event form state', () => {
  it('round-trips an event', () => {
    expect(formToTradeEventBody(tradeEventToForm(EVENT))).toEqual({
      kind: 'fair',
      name: 'Hội chợ OCOP Tuyên Quang 2026',
      provinceCode: '08',
      place: 'Quảng trường Tân Trào',
      startsOn: '2026-05-10',
      endsOn: '2026-05-14',
      organiser: 'Sở Công Thương',
      website: null,
      description: null,
    });
  });

  it('sends a national event with a null province and a one-day event ending the day it starts', () => {
    const body = formToTradeEventBody({ ...emptyTradeEventForm(null), startsOn: '2026-06-01' });
    expect(body.provinceCode).toBeNull();
    expect(body.endsOn).toBe('2026-06-01');
  });

  it('starts a province officer’s event in their province', () => {
    expect(emptyTradeEventForm('08').provinceCode).toBe('08');
  });
});
