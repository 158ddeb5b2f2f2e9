import { Inject, Injectable } from '@nestjs/common';
import type { OrgSecurity, RecoveryCodes, TwoFactorSetup, TwoFactorStatus } from '@rundown/domain';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import { randomToken, sha256 } from '../../common/crypto.js';
import { DatabaseService, type Tx } from '../../common/database.service.js';
import { RateLimiter } from '../../common/rate-limiter.js';
import type { AuthedContext, OrgContext, RequestContext } from '../../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { IdentityService } from '../auth/identity.service.js';
import { verifyPassword } from '../auth/password-hasher.js';
import { SessionsService } from '../auth/sessions.service.js';
import { matchTotp, newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, otpauthUrl } from './totp.js';

/** The pending second sign-in step, as an httpOnly cookie scoped to the auth routes. */
export const CHALLENGE_COOKIE = 'rd_2fa';
const CHALLENGE_MINUTES = 5;
const CHALLENGE_ATTEMPTS = 5;

/**
 * Two-factor sign-in with an authenticator app (TOTP) and single-use recovery codes, and the
 * organization policy requiring it of owners and admins (enforced by the access guard through
 * the resolved identity).
 */
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly db: DatabaseService,
    private readonly limiter: RateLimiter,
    private readonly identity: IdentityService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(ctx: AuthedContext): Promise<TwoFactorStatus> {
    const row = await this.db.one<{ enabled: boolean; left: number }>(
      `SELECT u.totp_enabled_at IS NOT NULL AS enabled,
              (SELECT count(*)::int FROM recovery_codes r WHERE r.user_id = u.id AND r.used_at IS NULL) AS left
         FROM users u WHERE u.id = $1`,
      [ctx.actor.userId],
    );
    return { enabled: row?.enabled ?? false, recoveryCodesLeft: row?.enabled ? row.left : 0 };
  }

  /** Needs the password; keeps a pending secret until `enable` proves the app has it. */
  async setup(ctx: AuthedContext, password: string): Promise<TwoFactorSetup> {
    const email = await this.confirmPassword(ctx.actor.userId, password);
    const secret = newTotpSecret();
    await this.db.one(`UPDATE users SET totp_pending_secret = $2 WHERE id = $1`, [ctx.actor.userId, secret]);
    return { secret, otpauthUrl: otpauthUrl(secret, email) };
  }

  async enable(ctx: AuthedContext, code: string): Promise<RecoveryCodes> {
    const userId = ctx.actor.userId;
    const codes = newRecoveryCodes();
    const ok = await this.db.system(async (tx) => {
      const [user] = await tx.query<{ pending: string | null }>(`SELECT totp_pending_secret AS pending FROM users WHERE id = $1 FOR UPDATE`, [userId]);
      const step = user?.pending ? matchTotp(user.pending, code, Date.now(), null) : null;
      if (step === null) return false;
      await tx.execute(
        `UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = now(), totp_last_step = $2 WHERE id = $1`,
        [userId, step],
      );
      await this.replaceRecoveryCodes(tx, userId, codes);
      tx.afterCommit(() => this.identity.forgetUser(userId));
      return true;
    });
    if (!ok) throw wrongCode('/body/code');
    return { recoveryCodes: codes };
  }

  /** Needs the password; refused while an organization requires it of one of the user's roles. */
  async disable(ctx: AuthedContext, password: string): Promise<void> {
    const userId = ctx.actor.userId;
    await this.confirmPassword(userId, password);
    await this.db.system(async (tx) => {
      const [required] = await tx.query(
        `SELECT 1 FROM memberships m JOIN organizations o ON o.id = m.organization_id
          WHERE m.user_id = $1 AND m.role IN ('owner', 'admin') AND o.require_two_factor LIMIT 1`,
        [userId],
      );
      if (required) throw new AppError('two_factor_setup_required', 'An organization you own or administer requires two-factor sign-in');
      await tx.execute(
        `UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = $1`,
        [userId],
      );
      await tx.execute(`DELETE FROM recovery_codes WHERE user_id = $1`, [userId]);
      tx.afterCommit(() => this.identity.forgetUser(userId));
    });
  }

  /** After a right password for an account with two-factor sign-in: the second step, as a cookie. */
  async startChallenge(userId: string, reply: FastifyReply): Promise<void> {
    const token = randomToken(32);
    await this.db.one(
      `INSERT INTO login_challenges (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))`,
      [userId, sha256(token), CHALLENGE_MINUTES],
    );
    reply.setCookie(CHALLENGE_COOKIE, token, {
      path: '/api/auth',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.NODE_ENV === 'production',
      maxAge: CHALLENGE_MINUTES * 60,
    });
  }

  /**
   * The second step: an authenticator code (each time step once) or an unused recovery code.
   * Five tries per challenge; the attempt is counted even when the code is wrong. Starts the
   * session and returns the user id.
   */
  async completeChallenge(token: string | undefined, code: string, ctx: RequestContext, reply: FastifyReply): Promise<string> {
    const userId = token
      ? await this.db.system(async (tx) => {
          const [challenge] = await tx.query<{ id: string; user_id: string; attempts: number; secret: string; last_step: string | null }>(
            `SELECT c.id, c.user_id, c.attempts, u.totp_secret AS secret, u.totp_last_step AS last_step
               FROM login_challenges c JOIN users u ON u.id = c.user_id
              WHERE c.token_hash = $1 AND c.used_at IS NULL AND c.expires_at > now()
                AND u.disabled_at IS NULL AND u.totp_secret IS NOT NULL
              FOR UPDATE OF c, u`,
            [sha256(token)],
          );
          if (!challenge || challenge.attempts >= CHALLENGE_ATTEMPTS) return null;
          await tx.execute(`UPDATE login_challenges SET attempts = attempts + 1 WHERE id = $1`, [challenge.id]);
          const step = /^\d{6}$/.test(code)
            ? matchTotp(challenge.secret, code, Date.now(), challenge.last_step === null ? null : Number(challenge.last_step))
            : null;
          if (step !== null) {
            await tx.execute(`UPDATE users SET totp_last_step = $2 WHERE id = $1`, [challenge.user_id, step]);
          } else {
            const used = await tx.execute(
              `UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL`,
              [challenge.user_id, sha256(normalizeRecoveryCode(code))],
            );
            if (used === 0) return null;
          }
          await tx.execute(`UPDATE login_challenges SET used_at = now() WHERE id = $1`, [challenge.id]);
          await this.sessions.start(tx, challenge.user_id, ctx, reply);
          return challenge.user_id;
        })
      : null;
    if (!userId) throw new AppError('invalid_credentials');
    reply.clearCookie(CHALLENGE_COOKIE, { path: '/api/auth' });
    return userId;
  }

  orgSecurity(ctx: OrgContext): Promise<OrgSecurity> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const [row] = await tx.query<{ require_two_factor: boolean }>(`SELECT require_two_factor FROM organizations WHERE id = $1`, [tx.orgId]);
      if (!row) throw new AppError('not_found');
      return { requireTwoFactor: row.require_two_factor };
    });
  }

  /**
   * Turning the requirement on needs the caller to use two-factor sign-in already (or they would
   * lock themselves out). Every cached identity is forgotten once it commits.
   */
  async updateOrgSecurity(ctx: OrgContext, input: OrgSecurity): Promise<OrgSecurity> {
    if (input.requireTwoFactor && !(await this.status(ctx)).enabled) {
      throw new AppError('two_factor_setup_required', 'Turn on two-factor sign-in for your own account first');
    }
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const [before] = await tx.query<{ require_two_factor: boolean }>(`SELECT require_two_factor FROM organizations WHERE id = $1 FOR UPDATE`, [tx.orgId]);
      if (!before) throw new AppError('not_found');
      await tx.execute(`UPDATE organizations SET require_two_factor = $2 WHERE id = $1`, [tx.orgId, input.requireTwoFactor]);
      await recordAudit(tx, ctx, {
        action: 'update',
        entityType: 'organization',
        entityId: tx.orgId,
        before: { requireTwoFactor: before.require_two_factor },
        after: { requireTwoFactor: input.requireTwoFactor },
      });
      tx.afterCommit(() => this.identity.forgetAll());
      return { requireTwoFactor: input.requireTwoFactor };
    });
  }

  private async replaceRecoveryCodes(tx: Tx, userId: string, codes: string[]): Promise<void> {
    await tx.execute(`DELETE FROM recovery_codes WHERE user_id = $1`, [userId]);
    await tx.execute(`INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::bytea[])`, [
      userId,
      codes.map((c) => sha256(normalizeRecoveryCode(c))),
    ]);
  }

  /** The user's email, when `password` is theirs (guesses limited like a password change). */
  private async confirmPassword(userId: string, password: string): Promise<string> {
    const hits = await this.limiter.take([{ key: `password:user:${userId}`, limit: 10, windowSeconds: 15 * 60 }]);
    const user = await this.db.one<{ email: string; password_hash: string }>(`SELECT email, password_hash FROM users WHERE id = $1`, [userId]);
    if (!user || !(await verifyPassword(user.password_hash, password))) {
      throw new AppError('wrong_password', undefined, {
        errors: [{ pointer: '/body/password', code: 'wrong_password', message: 'The password is not correct' }],
      });
    }
    await this.limiter.release(hits);
    return user.email;
  }
}

function wrongCode(pointer: string): AppError {
  return new AppError('validation_failed', undefined, { errors: [{ pointer, code: 'invalid_code', message: 'This code is not valid; try the current one' }] });
}
