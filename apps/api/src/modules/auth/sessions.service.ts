import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '../../common/access.guard.js';
import { randomToken, sha256 } from '../../common/crypto.js';
import type { Tx } from '../../common/database.service.js';
import type { RequestContext } from '../../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';

/** Server-side sessions: the cookie holds a random id; the database holds only its hash. */
@Injectable()
export class SessionsService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** A fresh session id on every sign-in (no fixation), set as an httpOnly SameSite=Lax cookie. */
  async start(tx: Tx, userId: string, ctx: RequestContext, reply: FastifyReply): Promise<void> {
    const token = randomToken(32);
    await tx.execute(
      `INSERT INTO sessions (token_hash, user_id, csrf_token, ip, user_agent, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(hours => $6))`,
      [sha256(token), userId, randomToken(24), ctx.ip, ctx.userAgent, this.config.SESSION_ABSOLUTE_HOURS],
    );
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.NODE_ENV === 'production',
      maxAge: this.config.SESSION_ABSOLUTE_HOURS * 3600,
    });
  }

  clearCookie(reply: FastifyReply): void {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
