// Fairs and events: what is on or coming, then past events by month.
import type { EventCalendar, EventView } from '../../../app/portal/events.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Lang } from '../layout.ts';
import { safeUrl } from './components.ts';
import { formatMonth, formatRange } from './format.ts';
import { provincePath } from './paths.ts';
import { portalPage } from './portal-layout.ts';

const KINDS = {
  fair: { vi: 'Hội chợ', en: 'Fair' },
  exhibition: { vi: 'Triển lãm', en: 'Exhibition' },
  supply_demand: { vi: 'Kết nối cung cầu', en: 'Supply–demand meeting' },
  other: { vi: 'Sự kiện', en: 'Event' },
} as const;

export const eventKindLabel = (lang: Lang, kind: EventView['kind']) => (KINDS[kind] ?? KINDS.other)[lang];

const TEXT = {
  vi: {
    title: 'Hội chợ, triển lãm, kết nối cung cầu sản phẩm OCOP',
    description: 'Lịch hội chợ, triển lãm và hội nghị kết nối cung cầu giới thiệu sản phẩm OCOP.',
    upcoming: 'Đang và sắp diễn ra',
    none: 'Chưa có sự kiện sắp diễn ra.',
    past: 'Đã diễn ra',
    organiser: 'Đơn vị tổ chức',
    website: 'Trang thông tin',
  },
  en: {
    title: 'OCOP fairs, exhibitions and supply–demand meetings',
    description: 'Calendar of fairs, exhibitions and supply–demand meetings that present OCOP products.',
    upcoming: 'On now and coming',
    none: 'No events are scheduled yet.',
    past: 'Past events',
    organiser: 'Organiser',
    website: 'Website',
  },
} as const;

function eventItem(lang: Lang, e: EventView, heading: 'h3' | 'h4'): SafeHtml {
  const t = TEXT[lang];
  const title = heading === 'h3' ? html`<h3>${e.name}</h3>` : html`<h4>${e.name}</h4>`;
  return html`<li id="${e.slug}">${title}
<p><strong>${formatRange(lang, e.startsOn, e.endsOn)}</strong> · ${eventKindLabel(lang, e.kind)}</p>
<p>${e.place}${e.province ? html` · <a href="${provincePath(lang, e.province.code)}">${e.province.shortName}</a>` : ''}</p>
${e.organiser ? html`<p class="muted">${t.organiser}: ${e.organiser}</p>` : ''}
${e.description ? html`<p>${e.description}</p>` : ''}
${safeUrl(e.website) ? html`<p><a href="${safeUrl(e.website)}" rel="noopener">${t.website}</a></p>` : ''}
</li>`;
}

export function renderEventsPage(lang: Lang, publicBaseUrl: string, calendar: EventCalendar): string {
  const t = TEXT[lang];
  const body = html`<h1>${t.title}</h1>
<h2>${t.upcoming}</h2>
${calendar.upcoming.length === 0 ? html`<p>${t.none}</p>` : html`<ul class="places">${calendar.upcoming.map((e) => eventItem(lang, e, 'h3'))}</ul>`}
${calendar.pastByMonth.length > 0 ? html`<h2>${t.past}</h2>` : ''}
${calendar.pastByMonth.map(
  (m) =>
    html`<h3>${formatMonth(lang, m.month)}</h3><ul class="places">${m.events.map((e) => eventItem(lang, e, 'h4'))}</ul>`,
)}`;
  return portalPage({
    lang,
    publicBaseUrl,
    kind: 'events',
    title: t.title,
    description: t.description,
    body,
  });
}
