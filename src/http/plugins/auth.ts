import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { type CurrentSession, findSession } from '../../app/auth/find-session.ts';
import { tokensEqual } from '../../app/auth/session-tokens.ts';
import type { AppDeps, AuditActor } from '../../app/deps.ts';
import { hasPermission, type Permission } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';

/** Every route says who may call it; a route that says nothing refuses to register (deny by default). */
export type AccessRule = 'public' | 'authenticated' | { permission: Permission };

declare module 'fastify' {
  interface FastifyRequest {
    currentSession: CurrentSession | null;
  }
  interface FastifyContextConfig {
    access?: AccessRule;
  }
}

export const SESSION_COOKIE = 'ocop_session';
export const CSRF_HEADER = 'x-csrf-token';

// Routes registered by third-party plugins that serve public, data-free assets.
const PUBLIC_ASSET_PREFIXES = ['/docs', '/admin'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function assertAccessDeclared(route: RouteOptions): void {
  const config = (route.config ?? {}) as { access?: AccessRule };
  if (config.access) return;
  if (PUBLIC_ASSET_PREFIXES.some((p) => route.url === p || route.url.startsWith(`${p}/`))) {
    route.config = { ...config, access: 'public' };
    return;
  }
  throw new Error(`Route ${String(route.method)} ${route.url} declares no access rule (config.access)`);
}

/** The session behind the request's cookie, or null. */
export async function sessionOf(deps: AppDeps, request: FastifyRequest): Promise<CurrentSession | null> {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  return findSession(deps, unsigned.value);
}

async function enforceAccess(deps: AppDeps, request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  request.currentSession = null;
  const access = request.routeOptions.config?.access;
  if (!access || access === 'public') return;
  const session = await sessionOf(deps, request);
  if (!session) throw new DomainError('AUTH_REQUIRED', 'Vui lòng đăng nhập để tiếp tục.');
  if (!SAFE_METHODS.has(request.method)) {
    const header = request.headers[CSRF_HEADER];
    if (typeof header !== 'string' || !tokensEqual(header, session.csrfToken)) {
      throw new DomainError(
        'CSRF_INVALID',
        'Yêu cầu thiếu mã chống giả mạo (X-CSRF-Token). Hãy tải lại trang.',
      );
    }
  }
  if (typeof access === 'object' && !hasPermission(session.actor.role, access.permission)) {
    throw new DomainError('FORBIDDEN', 'Vai trò của bạn không được phép thực hiện thao tác này.');
  }
  request.currentSession = session;
}

export function registerAuth(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('currentSession', null);
  app.addHook('onRoute', assertAccessDeclared);
  app.addHook('onRequest', (request, reply) => enforceAccess(deps, request, reply));
}

/** The session of a route whose access rule guarantees one. */
export function requireSession(request: FastifyRequest): CurrentSession {
  if (!request.currentSession) throw new DomainError('AUTH_REQUIRED', 'Vui lòng đăng nhập để tiếp tục.');
  return request.currentSession;
}

/** How the session's user is written into the audit log. */
export function auditActorOf(session: CurrentSession): AuditActor {
  return { id: session.user.id, label: session.user.username };
}
