import { Injectable } from '@nestjs/common';
import { passwordProblem, type LoginInput, type Me, type SignupInput } from '@rundown/domain';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../common/app-error.js';
import { DatabaseService, type Tx } from '../../common/database.service.js';
import { RateLimiter } from '../../common/rate-limiter.js';
import type { AuthedContext, RequestContext } from '../../common/request-context.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { TwoFactorService } from '../account/two-factor.service.js';
import { IdentityService } from './identity.service.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password-hasher.js';
import { SessionsService } from './sessions.service.js';
import { toMe, type MembershipRow, type UserRow } from './user.mapper.js';

const WINDOW = 15 * 60;

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DatabaseService,
    private readonly sessions: SessionsService,
    private readonly limiter: RateLimiter,
    private readonly organizations: OrganizationsService,
    private readonly identity: IdentityService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  async signup(input: SignupInput, ctx: RequestContext, reply: FastifyReply): Promise<Me> {
    await this.limiter.take([{ key: `signup:ip:${ctx.ip}`, limit: 20, windowSeconds: 3600 }]);
    const weak = passwordProblem(input.password, input);
    if (weak) throw weakPassword(weak, '/body/password');
    const passwordHash = await hashPassword(input.password);
    const userId = await this.db.system(async (tx) => {
      const [user] = await tx.query<{ id: string }>(
        `INSERT INTO users (email, name, password_hash, locale) VALUES ($1, $2, $3, $4)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [input.email, input.name, passwordHash, input.locale ?? 'id-ID'],
      );
      if (!user) throw new AppError('email_taken', undefined, { errors: [{ pointer: '/body/email', code: 'email_taken', message: 'An account with this email already exists' }] });
      await this.organizations.createWithOwner(tx, { ...ctx, actor: { userId: user.id, via: 'session', sessionId: null } }, input.organizationName);
      await this.sessions.start(tx, user.id, ctx, reply);
      return user.id;
    });
    return this.me(userId);
  }

  /**
   * Same answer and roughly the same time whether the email is unknown or the password wrong.
   * Every attempt is counted before the password is checked (atomically, see `RateLimiter.take`),
   * and the count is taken back when it succeeds.
   */
  async login(input: LoginInput, ctx: RequestContext, reply: FastifyReply): Promise<Me> {
    const accountKey = `login:email:${input.email}`;
    const ipKey = `login:ip:${ctx.ip}`;
    const hits = await this.limiter.take([
      { key: accountKey, limit: 10, windowSeconds: WINDOW },
      { key: ipKey, limit: 50, windowSeconds: WINDOW },
    ]);
    const user = await this.db.one<{ id: string; password_hash: string; disabled_at: Date | null; two_factor: boolean }>(
      `SELECT id, password_hash, disabled_at, totp_enabled_at IS NOT NULL AS two_factor FROM users WHERE email = $1`,
      [input.email],
    );
    const valid = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
    if (!user || !valid || user.disabled_at) throw new AppError('invalid_credentials');
    await this.limiter.release(hits);
    await this.limiter.clear(accountKey);
    if (user.two_factor) {
      // The password was right; the session starts at the second step (POST /api/auth/login/two-factor).
      await this.twoFactor.startChallenge(user.id, reply);
      throw new AppError('two_factor_required');
    }
    await this.db.system((tx) => this.sessions.start(tx, user.id, ctx, reply));
    return this.me(user.id);
  }

  async logout(ctx: AuthedContext, reply: FastifyReply): Promise<void> {
    if (ctx.actor.sessionId) {
      await this.db.one(`UPDATE sessions SET revoked_at = now() WHERE id = $1`, [ctx.actor.sessionId]);
    }
    this.identity.forgetUser(ctx.actor.userId);
    this.sessions.clearCookie(reply);
  }

  async csrfToken(ctx: AuthedContext): Promise<string> {
    if (!ctx.actor.sessionId) throw new AppError('forbidden', 'API tokens need no CSRF token');
    const row = await this.db.one<{ csrf_token: string }>(`SELECT csrf_token FROM sessions WHERE id = $1`, [ctx.actor.sessionId]);
    if (!row) throw new AppError('session_expired');
    return row.csrf_token;
  }

  async me(userId: string): Promise<Me> {
    return this.db.scoped({ orgId: null, userId }, (tx) => loadMe(tx, userId));
  }

  /** Creates the user for an invitation and signs them in, inside the caller's transaction. */
  async registerInvited(
    tx: Tx,
    input: { email: string; name: string; password: string },
    ctx: RequestContext,
    reply: FastifyReply,
  ): Promise<string> {
    const weak = passwordProblem(input.password, input);
    if (weak) throw weakPassword(weak, '/body/password');
    const [user] = await tx.query<{ id: string }>(
      `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3) ON CONFLICT (email) DO NOTHING RETURNING id`,
      [input.email, input.name, await hashPassword(input.password)],
    );
    if (!user) throw new AppError('email_taken', 'An account with this email exists: sign in to accept');
    await this.sessions.start(tx, user.id, ctx, reply);
    return user.id;
  }
}

function weakPassword(message: string, pointer: string): AppError {
  return new AppError('weak_password', message, { errors: [{ pointer, code: 'weak_password', message }] });
}

/** Memberships listed at most (a person in more organizations than this is not a real case). */
const MAX_LISTED_MEMBERSHIPS = 1000;

/** The user and their memberships by organization name, in one statement. */
export async function loadMe(tx: Tx, userId: string): Promise<Me> {
  const [row] = await tx.query<UserRow & { memberships: MembershipRow[] }>(
    `SELECT u.id, u.email, u.name, u.locale,
            coalesce((SELECT json_agg(json_build_object('organization_id', x.organization_id, 'organization_name', x.name, 'role', x.role)
                                      ORDER BY x.name, x.organization_id)
                        FROM (SELECT m.organization_id, o.name, m.role FROM memberships m JOIN organizations o ON o.id = m.organization_id
                               WHERE m.user_id = u.id ORDER BY o.name, o.id LIMIT ${MAX_LISTED_MEMBERSHIPS}) x), '[]') AS memberships
       FROM users u WHERE u.id = $1`,
    [userId],
  );
  if (!row) throw new AppError('unauthenticated');
  return toMe(row, row.memberships);
}
