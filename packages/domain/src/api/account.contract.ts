import { z } from 'zod';
import { changePasswordSchema, forgotPasswordSchema, resetPasswordSchema, sessionSchema } from '../auth/account.schemas.js';
import { pageOf, pageQuerySchema } from '../common/pagination.js';
import { idSchema } from '../common/primitives.js';
import { publicAccess, userAccess } from './access.js';
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
};
