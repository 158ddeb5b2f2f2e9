import { z } from 'zod';
import { meSchema } from '../auth/auth.schemas.js';
import { pageOf, pageQuerySchema } from '../common/pagination.js';
import { idSchema, str } from '../common/primitives.js';
import {
  acceptedInvitationSchema,
  acceptInvitationAsNewUserSchema,
  createdInvitationSchema,
  createInvitationSchema,
  invitationPreviewSchema,
  invitationSchema,
} from '../organizations/organization.schemas.js';
import { org, orgParams, publicAccess, userAccess } from './access.js';
import { route } from './route.js';

const tokenParams = z.object({ token: str().min(10).max(200) });
const invitationParams = orgParams.extend({ invitationId: idSchema });

/** Accepting an invitation link (public preview, accept, register). */
export const invitationsApi = {
  preview: route({
    method: 'GET', path: '/api/invitations/:token', tag: 'invitations', summary: 'What an invitation link is for',
    access: publicAccess, params: tokenParams, response: invitationPreviewSchema,
  }),
  accept: route({
    method: 'POST', path: '/api/invitations/:token/accept', tag: 'invitations', summary: 'Accept as the signed-in user',
    access: userAccess, params: tokenParams, response: acceptedInvitationSchema,
  }),
  register: route({
    method: 'POST', path: '/api/invitations/:token/register', tag: 'invitations',
    summary: 'Create an account for the invited email, accept and sign in',
    access: publicAccess, params: tokenParams, body: acceptInvitationAsNewUserSchema, response: meSchema, successStatus: 201,
  }),
};

/** An organization's invitations (served by the invitations module, listed under `api.orgs`). */
export const orgInvitationsApi = {
  listInvitations: route({
    method: 'GET', path: '/api/orgs/:orgId/invitations', tag: 'members', summary: 'Pending and past invitations',
    access: org('members.manage'), params: orgParams, query: pageQuerySchema, response: pageOf(invitationSchema),
  }),
  createInvitation: route({
    method: 'POST', path: '/api/orgs/:orgId/invitations', tag: 'members', summary: 'Invite by link',
    access: org('members.manage'), params: orgParams, body: createInvitationSchema, response: createdInvitationSchema, successStatus: 201,
  }),
  revokeInvitation: route({
    method: 'DELETE', path: '/api/orgs/:orgId/invitations/:invitationId', tag: 'members', summary: 'Revoke an invitation',
    access: org('members.manage'), params: invitationParams, response: null, successStatus: 204,
  }),
};
