import { z } from 'zod';
import {
  apiTokenSchema,
  createApiTokenSchema,
  createdApiTokenSchema,
  meSchema,
  revokedSchema,
  updateMeSchema,
  userSchema,
} from '../auth/auth.schemas.js';
import { idSchema } from '../common/primitives.js';
import { userAccess } from './access.js';
import { route } from './route.js';

export const meApi = {
  get: route({
    method: 'GET', path: '/api/me', tag: 'me', summary: 'The signed-in user and their memberships',
    access: userAccess, response: meSchema,
  }),
  update: route({
    method: 'PATCH', path: '/api/me', tag: 'me', summary: 'Update name or language',
    access: userAccess, body: updateMeSchema, response: userSchema,
  }),
  signOutOtherSessions: route({
    method: 'POST', path: '/api/me/sessions/sign-out-others', tag: 'me', summary: 'End every other session of this user',
    access: userAccess, response: revokedSchema,
  }),
  listTokens: route({
    method: 'GET', path: '/api/me/tokens', tag: 'me', summary: 'Personal API tokens',
    access: userAccess, response: z.object({ items: z.array(apiTokenSchema) }),
  }),
  createToken: route({
    method: 'POST', path: '/api/me/tokens', tag: 'me', summary: 'Create a personal API token (shown once)',
    access: userAccess, body: createApiTokenSchema, response: createdApiTokenSchema, successStatus: 201,
  }),
  revokeToken: route({
    method: 'DELETE', path: '/api/me/tokens/:id', tag: 'me', summary: 'Revoke a personal API token',
    access: userAccess, params: z.object({ id: idSchema }), response: null, successStatus: 204,
  }),
};
