import { csrfSchema, loginSchema, meSchema, signupSchema } from '../auth/auth.schemas.js';
import { publicAccess, userAccess } from './access.js';
import { route } from './route.js';

export const authApi = {
  signup: route({
    method: 'POST', path: '/api/auth/signup', tag: 'auth', summary: 'Create an account and its organization, and sign in',
    access: publicAccess, body: signupSchema, response: meSchema, successStatus: 201,
  }),
  login: route({
    method: 'POST', path: '/api/auth/login', tag: 'auth', summary: 'Sign in with email and password',
    access: publicAccess, body: loginSchema, response: meSchema,
  }),
  logout: route({
    method: 'POST', path: '/api/auth/logout', tag: 'auth', summary: 'End this session',
    access: userAccess, response: null, successStatus: 204,
  }),
  csrf: route({
    method: 'GET', path: '/api/auth/csrf', tag: 'auth', summary: 'The CSRF token to send as x-csrf-token',
    access: userAccess, response: csrfSchema,
  }),
};
