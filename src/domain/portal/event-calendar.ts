// The fairs calendar: what is on or coming (by start date), and what is over, by month (latest first).

export type CalendarEvent = Readonly<{ startsOn: string; endsOn: string }>;

export type EventMonth<E> = Readonly<{ month: string; events: E[] }>;

export function splitCalendar<E extends CalendarEvent>(
  events: readonly E[],
  today: string,
): { upcoming: E[]; pastByMonth: EventMonth<E>[] } {
  const upcoming = events
    .filter((e) => e.endsOn >= today)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn));
  const past = events.filter((e) => e.endsOn < today).sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  const pastByMonth: EventMonth<E>[] = [];
  for (const event of past) {
    const month = event.startsOn.slice(0, 7);
    const last = pastByMonth[pastByMonth.length - 1];
    if (last?.month === month) last.events.push(event);
    else pastByMonth.push({ month, events: [event] });
  }
  return { upcoming, pastByMonth };
}
