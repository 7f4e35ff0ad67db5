import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy.ts';

describe('passwordProblems', () => {
  it.each([
    ['ocop-demo-2026', 'bo.admin', 0],
    ['short', 'x', 1],
    ['bo.admin-2026-x', 'bo.admin', 1],
    ['aaaaaaaaaaaa', 'x', 1],
    ['Mật-khẩu-tiếng-Việt', 'x', 0],
  ])('%s for %s → %i problems', (password, username, count) => {
    expect(passwordProblems(password, username)).toHaveLength(count);
  });
});
