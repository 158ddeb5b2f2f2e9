import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can, idSchema, type RouteDef } from '@rundown/domain';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { IdentityService } from '../modules/auth/identity.service.js';
import { AppError } from './app-error.js';
import { safeEqual } from './crypto.js';
import { ROUTE_DEF } from './endpoint.decorator.js';
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
    private readonly identity: IdentityService,
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

    const authorization = request.headers.authorization;
    const cookie = request.cookies?.[SESSION_COOKIE];
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const actor = match ? await this.identity.actorForApiToken(match[1]!) : null;
      if (!actor) throw new AppError('unauthenticated', 'The API token is invalid, expired or revoked');
      ctx.actor = actor;
    } else if (cookie) {
      const session = await this.identity.actorForSession(cookie);
      if (session) {
        ctx.actor = session.actor;
        if (unsafe && def.access.kind !== 'public') {
          const sent = request.headers['x-csrf-token'];
          if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) throw new AppError('csrf_failed');
        }
      } else if (def.access.kind !== 'public') {
        throw new AppError('session_expired');
      }
    }

    if (def.access.kind === 'public') return true;
    if (!ctx.actor) throw new AppError('unauthenticated');
    if (def.access.kind === 'user') return true;

    const orgId = (request.params as Record<string, string> | undefined)?.orgId;
    if (!orgId || !idSchema.safeParse(orgId).success) throw new AppError('not_found');
    const role = await this.identity.roleIn(orgId, ctx.actor.userId);
    if (!role) throw new AppError('not_found');
    if (!can(role, def.access.permission)) throw new AppError('forbidden');
    ctx.org = { id: orgId, role };
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
