import { pageOf, pageQuerySchema } from '../common/pagination.js';
import { idSchema } from '../common/primitives.js';
import { memberSchema, updateMemberSchema } from '../organizations/organization.schemas.js';
import { org, orgParams } from './access.js';
import { route } from './route.js';

const memberParams = orgParams.extend({ memberId: idSchema });

export const membersApi = {
  leave: route({
    method: 'POST', path: '/api/orgs/:orgId/leave', tag: 'members', summary: 'Leave the organization',
    access: org('org.read'), params: orgParams, response: null, successStatus: 204,
  }),
  listMembers: route({
    method: 'GET', path: '/api/orgs/:orgId/members', tag: 'members', summary: 'Members and their roles',
    access: org('members.read'), params: orgParams, query: pageQuerySchema, response: pageOf(memberSchema),
  }),
  updateMember: route({
    method: 'PATCH', path: '/api/orgs/:orgId/members/:memberId', tag: 'members', summary: "Change a member's role (If-Match required)",
    access: org('members.manage'), params: memberParams, body: updateMemberSchema, response: memberSchema, versioned: true,
  }),
  removeMember: route({
    method: 'DELETE', path: '/api/orgs/:orgId/members/:memberId', tag: 'members', summary: 'Remove a member',
    access: org('members.manage'), params: memberParams, response: null, successStatus: 204,
  }),
};
