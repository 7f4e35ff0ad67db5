import { fail, ok, type Result } from '../registry/result.ts';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A marketplace's webhook address: https (the signature protects integrity, TLS the content), or plain http
 * to this machine only (local testing). No credentials in the URL, no fragment.
 */
export function parseWebhookUrl(text: string): Result<string> {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return fail('Địa chỉ nhận thông báo không hợp lệ.', 'The webhook URL cannot be parsed.');
  }
  const isLoopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback)) {
    return fail(
      'Địa chỉ nhận thông báo phải dùng https:// (http:// chỉ được dùng với localhost để thử nghiệm).',
      'The webhook URL must use https:// (http:// only on localhost, for testing).',
    );
  }
  if (url.username !== '' || url.password !== '') {
    return fail(
      'Địa chỉ nhận thông báo không được chứa tên đăng nhập hay mật khẩu.',
      'The webhook URL must not contain credentials.',
    );
  }
  if (url.hash !== '') {
    return fail('Địa chỉ nhận thông báo không được có phần #.', 'The webhook URL must not have a fragment.');
  }
  if (!isLoopback && !url.hostname.includes('.')) {
    return fail(`Tên miền "${url.hostname}" không hợp lệ.`, `"${url.hostname}" is not a public host name.`);
  }
  return ok(url.href);
}
