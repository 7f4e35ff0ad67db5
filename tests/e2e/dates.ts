/** YYYY-MM-DD in Việt Nam, `days` from today (the server dates records there). */
export function vietnamDay(days = 0): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', {
    timeZone: 'Asia/Ho_Chi_Minh',
  });
}

/** A date `months` before today (a 36-month certificate from a year ago is in force now). */
export function monthsAgo(months: number): string {
  const date = new Date();
  date.setMonth(date.getMonth() - months);
  return date.toISOString().slice(0, 10);
}
