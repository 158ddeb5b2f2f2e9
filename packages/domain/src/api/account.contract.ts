import { z } from 'zod';
import {
  changePasswordSchema,
  enableTwoFactorSchema,
  forgotPasswordSchema,
  loginTwoFactorSchema,
  orgSecuritySchema,
  passwordConfirmationSchema,
  recoveryCodesSchema,
  resetPasswordSchema,
  sessionSchema,
  twoFactorSetupSchema,
  twoFactorStatusSchema,
} from '../auth/account.schemas.js';
import { meSchema } from '../auth/auth.schemas.js';
import { pageOf, pageQuerySchema } from '../common/pagination.js';
import { idSchema } from '../common/primitives.js';
import { org, orgParams, publicAccess, userAccess } from './access.js';
import { route } from './route.js';

/** Account security: password change and reset, and the user's sessions. */
export const accountApi = {
  password: {
    change: route({
      method: 'POST', path: '/api/me/password', tag: 'me', summary: 'Change the password (needs the current one); ends every other session',
      access: userAccess, body: changePasswordSchema, response: null, successStatus: 204,
    }),
    forgot: route({
      method: 'POST', path: '/api/auth/password/forgot', tag: 'auth',
      summary: 'Email a single-use reset link; the same answer whether or not the account exists',
      access: publicAccess, body: forgotPasswordSchema, response: null, successStatus: 204,
    }),
    reset: route({
      method: 'POST', path: '/api/auth/password/reset', tag: 'auth', summary: 'Set a new password with a reset link; ends every session',
      access: publicAccess, body: resetPasswordSchema, response: null, successStatus: 204,
    }),
  },
  sessions: {
    list: route({
      method: 'GET', path: '/api/me/sessions', tag: 'me', summary: 'Active sessions of the signed-in user, newest first',
      access: userAccess, query: pageQuerySchema, response: pageOf(sessionSchema),
    }),
    revoke: route({
      method: 'DELETE', path: '/api/me/sessions/:id', tag: 'me', summary: 'Sign out one session',
      access: userAccess, params: z.object({ id: idSchema }), response: null, successStatus: 204,
    }),
  },
  twoFactor: {
    status: route({
      method: 'GET', path: '/api/me/two-factor', tag: 'me', summary: 'Whether two-factor sign-in is on, and how many recovery codes are left',
      access: userAccess, response: twoFactorStatusSchema,
    }),
    setup: route({
      method: 'POST', path: '/api/me/two-factor/setup', tag: 'me', summary: 'Start setting up an authenticator app (needs the password): its secret, shown once',
      access: userAccess, body: passwordConfirmationSchema, response: twoFactorSetupSchema,
    }),
    enable: route({
      method: 'POST', path: '/api/me/two-factor/enable', tag: 'me', summary: 'Turn two-factor sign-in on with a code from the app; returns the recovery codes, shown once',
      access: userAccess, body: enableTwoFactorSchema, response: recoveryCodesSchema,
    }),
    disable: route({
      method: 'POST', path: '/api/me/two-factor/disable', tag: 'me', summary: 'Turn two-factor sign-in off (needs the password; refused where an organization requires it)',
      access: userAccess, body: passwordConfirmationSchema, response: null, successStatus: 204,
    }),
    login: route({
      method: 'POST', path: '/api/auth/login/two-factor', tag: 'auth',
      summary: 'Second sign-in step after a 401 two_factor_required: an authenticator or recovery code',
      access: publicAccess, body: loginTwoFactorSchema, response: meSchema,
    }),
  },
  orgSecurity: {
    get: route({
      method: 'GET', path: '/api/orgs/:orgId/security', tag: 'organizations', summary: "The organization's sign-in policy",
      access: org('org.read'), params: orgParams, response: orgSecuritySchema,
    }),
    update: route({
      method: 'PUT', path: '/api/orgs/:orgId/security', tag: 'organizations',
      summary: 'Require two-factor sign-in of owners and admins (the caller must use it already)',
      access: org('org.update'), params: orgParams, body: orgSecuritySchema, response: orgSecuritySchema,
    }),
  },
};
