import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random session token (the cookie value) and CSRF token. */
export function newSessionTokens(): { token: string; csrfToken: string } {
  return { token: randomBytes(32).toString('base64url'), csrfToken: randomBytes(24).toString('base64url') };
}

/** The key under which a session is stored: HMAC of the cookie token with the server secret. */
export function sessionIdOf(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}

export function tokensEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
