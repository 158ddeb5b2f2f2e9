import type { Role } from '@rundown/domain';
import type { Actor } from './request-context.js';

/**
 * Who is calling, and their role in the route's organization (null outside one, or for a
 * non-member). `twoFactorMissing`: that organization requires two-factor sign-in of this role and
 * the user has none.
 */
export type Identity = { actor: Actor; csrfToken: string | null; role: Role | null; twoFactorMissing: boolean };

/**
 * What the access guard needs to know who is calling. `common/` never imports `modules/`: the auth
 * module provides the implementation (`IdentityService`) under this class as its injection token.
 */
export abstract class IdentityResolver {
  abstract fromSession(token: string, orgId: string | null): Promise<Identity | null>;
  abstract fromApiToken(token: string, orgId: string | null): Promise<Identity | null>;
}
