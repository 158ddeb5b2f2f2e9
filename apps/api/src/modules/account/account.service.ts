import { Inject, Injectable } from '@nestjs/common';
import {
  passwordProblem,
  passwordResetEmail,
  PASSWORD_RESET_MINUTES,
  type ChangePasswordInput,
  type ForgotPasswordInput,
  type Page,
  type PageQuery,
  type ResetPasswordInput,
  type Session,
} from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import { randomToken, sha256 } from '../../common/crypto.js';
import { DatabaseService } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import { RateLimiter } from '../../common/rate-limiter.js';
import type { AuthedContext, RequestContext } from '../../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { IdentityService } from '../auth/identity.service.js';
import { hashPassword, verifyPassword } from '../auth/password-hasher.js';
import { AccountRepository, type SessionRow } from './account.repository.js';

const HOUR = 3600;

/**
 * Account security: change and reset the password, list and end sessions. Every change that
 * ends sessions forgets the cached identities once it has committed, so the next request of an
 * ended session is refused on this replica (other replicas: within the identity cache's 2 s).
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly db: DatabaseService,
    private readonly repo: AccountRepository,
    private readonly limiter: RateLimiter,
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Needs the current password (guesses are limited like logins); ends every other session and open reset link. */
  async changePassword(ctx: AuthedContext, input: ChangePasswordInput): Promise<void> {
    const userId = ctx.actor.userId;
    const hits = await this.limiter.take([{ key: `password:user:${userId}`, limit: 10, windowSeconds: 15 * 60 }]);
    const user = await this.db.system((tx) => this.repo.user(tx, userId));
    if (!user) throw new AppError('unauthenticated');
    if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
      throw new AppError('wrong_password', undefined, {
        errors: [{ pointer: '/body/currentPassword', code: 'wrong_password', message: 'The current password is not correct' }],
      });
    }
    await this.limiter.release(hits);
    const weak = passwordProblem(input.newPassword, user);
    if (weak) throw weakPassword(weak, '/body/newPassword');
    const passwordHash = await hashPassword(input.newPassword);
    await this.db.system(async (tx) => {
      await this.repo.setPassword(tx, userId, passwordHash);
      await this.repo.revokeSessions(tx, userId, ctx.actor.sessionId);
      await this.repo.useResets(tx, userId);
      tx.afterCommit(() => this.identity.forgetUser(userId));
    });
  }

  /**
   * Queues a reset link for an active account with this email, through the outbox in the same
   * transaction. The same answer (204) and nearly the same work whether or not the account
   * exists; limited per email and per IP whether or not it exists.
   */
  async forgotPassword(input: ForgotPasswordInput, ctx: RequestContext, origin: string): Promise<void> {
    await this.limiter.take([
      { key: `reset:email:${input.email}`, limit: 5, windowSeconds: HOUR },
      { key: `reset:ip:${ctx.ip}`, limit: 20, windowSeconds: HOUR },
    ]);
    const token = randomToken(32);
    await this.db.system(async (tx) => {
      const user = await this.repo.activeUserByEmail(tx, input.email);
      if (!user) return;
      await this.repo.createReset(tx, user.id, sha256(token), ctx.ip, PASSWORD_RESET_MINUTES);
      const url = new URL(`/reset-password/${token}`, this.config.PUBLIC_URL ?? origin).toString();
      const email = passwordResetEmail(user.locale, url);
      await this.repo.queueEmail(tx, input.email, email.subject, email.body);
    });
  }

  /** Sets the password with a live link, uses the link (and every other open one), ends every session. */
  async resetPassword(input: ResetPasswordInput): Promise<void> {
    const passwordHash = await hashPassword(input.password);
    await this.db.system(async (tx) => {
      const reset = await this.repo.lockReset(tx, sha256(input.token));
      if (!reset) throw new AppError('reset_link_invalid');
      const weak = passwordProblem(input.password, reset);
      if (weak) throw weakPassword(weak, '/body/password');
      await this.repo.setPassword(tx, reset.user_id, passwordHash);
      await this.repo.useResets(tx, reset.user_id);
      await this.repo.revokeSessions(tx, reset.user_id, null);
      tx.afterCommit(() => this.identity.forgetUser(reset.user_id));
    });
  }

  async sessions(ctx: AuthedContext, query: PageQuery): Promise<Page<Session>> {
    const after = readCursor(query.cursor, ['timestamp', 'uuid']);
    const rows = await this.db.system((tx) => this.repo.sessions(tx, ctx.actor.userId, this.config.SESSION_IDLE_MINUTES, after, query.limit + 1));
    const toSession = (row: SessionRow): Session => ({
      id: row.id,
      createdAt: row.created_at.toISOString(),
      lastSeenAt: row.last_seen_at.toISOString(),
      ip: row.ip,
      userAgent: row.user_agent,
      current: row.id === ctx.actor.sessionId,
    });
    return toPage(rows, query.limit, toSession, (r) => [r.created_at.toISOString(), r.id]);
  }

  /** Ends one of the user's sessions; another user's session is a 404. */
  async revokeSession(ctx: AuthedContext, sessionId: string): Promise<void> {
    await this.db.system(async (tx) => {
      if ((await this.repo.revokeSession(tx, ctx.actor.userId, sessionId)) === 0) throw new AppError('not_found');
      tx.afterCommit(() => this.identity.forgetUser(ctx.actor.userId));
    });
  }
}

function weakPassword(message: string, pointer: string): AppError {
  return new AppError('weak_password', message, { errors: [{ pointer, code: 'weak_password', message }] });
}
