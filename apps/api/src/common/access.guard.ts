import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can, idSchema, type RouteDef } from '@rundown/domain';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AppError } from './app-error.js';
import { safeEqual } from './crypto.js';
import { ROUTE_DEF } from './endpoint.decorator.js';
import { IdentityResolver, type Identity } from './identity-resolver.js';
import { PUBLIC_RAW } from './public.decorator.js';
import type { RequestContext } from './request-context.js';

export const SESSION_COOKIE = 'rd_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The one access check, run before every handler: default deny, then origin, identity
 * (session cookie or bearer token), CSRF for cookie sessions, and the member's role
 * against the route's declared permission. Another organization is a 404, not a 403.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly trustedOrigins: Set<string>;

  constructor(
    private readonly reflector: Reflector,
    private readonly identity: IdentityResolver,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const origins = [...config.CORS_ORIGINS, ...(config.PUBLIC_URL ? [config.PUBLIC_URL] : [])];
    this.trustedOrigins = new Set(origins.map((o) => new URL(o).origin));
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.get<boolean | undefined>(PUBLIC_RAW, context.getHandler())) return true;
    const def = this.reflector.get<RouteDef | undefined>(ROUTE_DEF, context.getHandler());
    if (!def) throw new AppError('forbidden', 'This route declares no access rule');
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const unsafe = UNSAFE.has(request.method);
    if (unsafe) this.checkOrigin(request);

    const ctx: RequestContext = {
      requestId: String(request.id),
      ip: request.ip,
      userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
      actor: null,
      org: null,
    };
    request.ctx = ctx;

    // For an organization route, the member's role comes back with the identity, in one query.
    const rawOrgId = def.access.kind === 'org' ? (request.params as Record<string, string> | undefined)?.orgId : undefined;
    const orgId = rawOrgId && idSchema.safeParse(rawOrgId).success ? rawOrgId : null;
    const authorization = request.headers.authorization;
    const cookie = request.cookies?.[SESSION_COOKIE];
    let identity: Identity | null = null;
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      identity = match ? await this.identity.fromApiToken(match[1]!, orgId) : null;
      if (!identity) throw new AppError('unauthenticated', 'The API token is invalid, expired or revoked');
    } else if (cookie) {
      identity = await this.identity.fromSession(cookie, orgId);
      if (identity && unsafe && def.access.kind !== 'public') {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !safeEqual(sent, identity.csrfToken ?? '')) throw new AppError('csrf_failed');
      }
      if (!identity && def.access.kind !== 'public') throw new AppError('session_expired');
    }
    ctx.actor = identity?.actor ?? null;

    if (def.access.kind === 'public') return true;
    if (!identity) throw new AppError('unauthenticated');
    if (def.access.kind === 'user') return true;

    if (!orgId || !identity.role) throw new AppError('not_found');
    if (!can(identity.role, def.access.permission)) throw new AppError('forbidden');
    // The organization requires two-factor sign-in of its owners and admins (migration 1764612000000).
    if (identity.twoFactorMissing) throw new AppError('two_factor_setup_required');
    ctx.org = { id: orgId, role: identity.role };
    return true;
  }

  private checkOrigin(request: FastifyRequest): void {
    const origin = request.headers.origin;
    if (!origin) return;
    const host = request.headers.host;
    const own = host ? [`http://${host}`, `https://${host}`] : [];
    if (own.includes(origin) || this.trustedOrigins.has(origin)) return;
    throw new AppError('csrf_failed', `Origin ${origin} is not allowed`);
  }
}
