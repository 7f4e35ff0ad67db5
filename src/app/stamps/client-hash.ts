import { createHash, createHmac } from 'node:crypto';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';

/**
 * Counts clients without keeping them: sha256 of (daily salt, address, user agent). The salt is derived
 * from the server's secret and the Vietnam date, so a hash links one client's scans within a day and cannot
 * be reversed by trying the IPv4 space without the secret; the raw address is never stored.
 */
export class ClientHasher {
  #day = '';
  #salt = '';

  constructor(private readonly secret: string) {}

  hash(now: Date, address: string, userAgent: string): string {
    const day = vietnamDate(now);
    if (day !== this.#day) {
      this.#day = day;
      this.#salt = createHmac('sha256', this.secret).update(`stamp-scan-salt:${day}`).digest('hex');
    }
    return createHash('sha256').update(`${this.#salt}\n${address}\n${userAgent}`).digest('hex');
  }
}
