import { z } from 'zod';
import type { Permission } from '../access/permissions.js';
import { auditEntrySchema, auditQuerySchema } from '../audit/audit.schemas.js';
import {
  apiTokenSchema,
  createApiTokenSchema,
  createdApiTokenSchema,
  csrfSchema,
  loginSchema,
  meSchema,
  revokedSchema,
  signupSchema,
  updateMeSchema,
  userSchema,
} from '../auth/auth.schemas.js';
import {
  budgetCategorySchema,
  budgetLineSchema,
  budgetSchema,
  budgetSummarySchema,
  createCategorySchema,
  createFringeSchema,
  createLineSchema,
  fringeRuleSchema,
  lineListQuerySchema,
  updateCategorySchema,
  updateFringeSchema,
  updateLineSchema,
} from '../budgets/budget.schemas.js';
import {
  applyTemplateSchema,
  baselineComparisonSchema,
  baselineSchema,
  budgetTemplateSchema,
  createBaselineSchema,
  createTemplateSchema,
} from '../budgets/baseline.schemas.js';
import { importLinesSchema, importResultSchema } from '../budgets/budget-import.js';
import {
  commitmentActionSchema,
  commitmentSchema,
  createCommitmentSchema,
  createExpenseSchema,
  expenseActionSchema,
  expenseSchema,
  spendListQuerySchema,
} from '../budgets/spend.schemas.js';
import { pageOf, pageQuerySchema } from '../common/pagination.js';
import { idSchema } from '../common/primitives.js';
import { eventOverviewSchema } from '../events/event-overview.schemas.js';
import { createEventSchema, eventListQuerySchema, eventSchema, updateEventSchema } from '../events/event.schemas.js';
import {
  acceptedInvitationSchema,
  acceptInvitationAsNewUserSchema,
  createdInvitationSchema,
  createInvitationSchema,
  createOrganizationSchema,
  invitationPreviewSchema,
  invitationSchema,
  memberSchema,
  organizationSchema,
  updateMemberSchema,
  updateOrganizationSchema,
} from '../organizations/organization.schemas.js';
import { route, type RouteDef } from './route.js';
import { locationsApi } from './locations.contract.js';
import { timelineApi } from './timeline.contract.js';

/** 200 when the API and its database answer; 503 problem+json `database_unavailable` otherwise. */
export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.literal('up'),
  version: z.string(),
});

const orgParams = z.object({ orgId: idSchema });
const tokenParams = z.object({ token: z.string().min(10).max(200) });
const idParams = z.object({ id: idSchema });
const memberParams = orgParams.extend({ memberId: idSchema });
const invitationParams = orgParams.extend({ invitationId: idSchema });
const eventParams = orgParams.extend({ eventId: idSchema });
const lineParams = eventParams.extend({ lineId: idSchema });
const categoryParams = eventParams.extend({ categoryId: idSchema });
const commitmentParams = eventParams.extend({ commitmentId: idSchema });
const expenseParams = eventParams.extend({ expenseId: idSchema });
const fringeParams = orgParams.extend({ fringeId: idSchema });
const BUDGET = '/api/orgs/:orgId/events/:eventId/budget';

const publicAccess = { kind: 'public' } as const;
const userAccess = { kind: 'user' } as const;
const org = (permission: Permission) => ({ kind: 'org', permission }) as const;

export const api = {
  health: route({
    method: 'GET', path: '/api/health', tag: 'system', summary: 'Service and database health',
    access: publicAccess, response: healthSchema,
  }),

  auth: {
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
  },

  me: {
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
      access: userAccess, params: idParams, response: null, successStatus: 204,
    }),
  },

  invitations: {
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
  },

  orgs: {
    create: route({
      method: 'POST', path: '/api/orgs', tag: 'organizations', summary: 'Create another organization (you become its owner)',
      access: userAccess, body: createOrganizationSchema, response: organizationSchema, successStatus: 201,
    }),
    get: route({
      method: 'GET', path: '/api/orgs/:orgId', tag: 'organizations', summary: 'Organization and its settings',
      access: org('org.read'), params: orgParams, response: organizationSchema, versioned: true,
    }),
    update: route({
      method: 'PATCH', path: '/api/orgs/:orgId', tag: 'organizations', summary: 'Change name, currency, language, time zone',
      access: org('org.update'), params: orgParams, body: updateOrganizationSchema, response: organizationSchema, versioned: true,
    }),
    leave: route({
      method: 'POST', path: '/api/orgs/:orgId/leave', tag: 'members', summary: 'Leave the organization',
      access: org('org.read'), params: orgParams, response: null, successStatus: 204,
    }),
    listMembers: route({
      method: 'GET', path: '/api/orgs/:orgId/members', tag: 'members', summary: 'Members and their roles',
      access: org('members.read'), params: orgParams, query: pageQuerySchema, response: pageOf(memberSchema),
    }),
    updateMember: route({
      method: 'PATCH', path: '/api/orgs/:orgId/members/:memberId', tag: 'members', summary: "Change a member's role",
      access: org('members.manage'), params: memberParams, body: updateMemberSchema, response: memberSchema,
    }),
    removeMember: route({
      method: 'DELETE', path: '/api/orgs/:orgId/members/:memberId', tag: 'members', summary: 'Remove a member',
      access: org('members.manage'), params: memberParams, response: null, successStatus: 204,
    }),
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
    audit: route({
      method: 'GET', path: '/api/orgs/:orgId/audit', tag: 'audit', summary: 'Audit log (newest first)',
      access: org('audit.read'), params: orgParams, query: auditQuerySchema, response: pageOf(auditEntrySchema),
    }),
  },

  events: {
    list: route({
      method: 'GET', path: '/api/orgs/:orgId/events', tag: 'events', summary: 'Events and productions',
      access: org('events.read'), params: orgParams, query: eventListQuerySchema, response: pageOf(eventSchema),
    }),
    create: route({
      method: 'POST', path: '/api/orgs/:orgId/events', tag: 'events', summary: 'Create an event',
      access: org('events.write'), params: orgParams, body: createEventSchema, response: eventSchema, successStatus: 201, versioned: true,
    }),
    get: route({
      method: 'GET', path: '/api/orgs/:orgId/events/:eventId', tag: 'events', summary: 'One event',
      access: org('events.read'), params: eventParams, response: eventSchema, versioned: true,
    }),
    overview: route({
      method: 'GET', path: '/api/orgs/:orgId/events/:eventId/overview', tag: 'events', summary: 'Where the plan stands: task progress, overdue and upcoming work, show days',
      access: org('schedule.read'), params: eventParams, response: eventOverviewSchema,
    }),
    update: route({
      method: 'PATCH', path: '/api/orgs/:orgId/events/:eventId', tag: 'events', summary: 'Update an event (If-Match required)',
      access: org('events.write'), params: eventParams, body: updateEventSchema, response: eventSchema, versioned: true,
    }),
    remove: route({
      method: 'DELETE', path: '/api/orgs/:orgId/events/:eventId', tag: 'events', summary: 'Delete an event',
      access: org('events.delete'), params: eventParams, response: null, successStatus: 204,
    }),
  },
};

export const budgetApi = {
  get: route({
    method: 'GET', path: BUDGET, tag: 'budgets', summary: "The event's budget and its category tree (created from the template on first use)",
    access: org('budgets.read'), params: eventParams, response: budgetSchema,
  }),
  summary: route({
    method: 'GET', path: `${BUDGET}/summary`, tag: 'budgets', summary: 'Top sheet: totals by category with variance',
    access: org('budgets.read'), params: eventParams, response: budgetSummarySchema,
  }),
  listLines: route({
    method: 'GET', path: `${BUDGET}/lines`, tag: 'budgets', summary: 'Budget lines with committed, actual and paid',
    access: org('budgets.read'), params: eventParams, query: lineListQuerySchema, response: pageOf(budgetLineSchema),
  }),
  createLine: route({
    method: 'POST', path: `${BUDGET}/lines`, tag: 'budgets', summary: 'Add a line',
    access: org('budgets.write'), params: eventParams, body: createLineSchema, response: budgetLineSchema, successStatus: 201, versioned: true,
  }),
  updateLine: route({
    method: 'PATCH', path: `${BUDGET}/lines/:lineId`, tag: 'budgets', summary: 'Edit a line (If-Match required)',
    access: org('budgets.write'), params: lineParams, body: updateLineSchema, response: budgetLineSchema, versioned: true,
  }),
  lineHistory: route({
    method: 'GET', path: `${BUDGET}/lines/:lineId/history`, tag: 'budgets', summary: "A line's changes, newest first (from the audit log)",
    access: org('budgets.read'), params: lineParams, query: pageQuerySchema, response: pageOf(auditEntrySchema),
  }),
  deleteLine: route({
    method: 'DELETE', path: `${BUDGET}/lines/:lineId`, tag: 'budgets', summary: 'Delete a line',
    access: org('budgets.write'), params: lineParams, response: null, successStatus: 204,
  }),
  createCategory: route({
    method: 'POST', path: `${BUDGET}/categories`, tag: 'budgets', summary: 'Add a category',
    access: org('budgets.write'), params: eventParams, body: createCategorySchema, response: budgetCategorySchema, successStatus: 201,
  }),
  updateCategory: route({
    method: 'PATCH', path: `${BUDGET}/categories/:categoryId`, tag: 'budgets', summary: 'Rename, renumber, move or reorder a category',
    access: org('budgets.write'), params: categoryParams, body: updateCategorySchema, response: budgetCategorySchema,
  }),
  deleteCategory: route({
    method: 'DELETE', path: `${BUDGET}/categories/:categoryId`, tag: 'budgets', summary: 'Delete an empty category',
    access: org('budgets.write'), params: categoryParams, response: null, successStatus: 204,
  }),
  importLines: route({
    method: 'POST', path: `${BUDGET}/lines/import`, tag: 'budgets',
    summary: 'Import lines all-or-nothing (one bad row: nothing written). Send Idempotency-Key to make retries safe',
    access: org('budgets.write'), params: eventParams, body: importLinesSchema, response: importResultSchema, successStatus: 201,
    bodyLimit: 32 * 1024 * 1024,
  }),
  exportCsv: route({
    method: 'GET', path: `${BUDGET}/export.csv`, tag: 'budgets', summary: 'All lines as CSV (formula injection neutralized)',
    access: org('budgets.read'), params: eventParams, response: null, produces: 'text/csv',
  }),
  topSheetPdf: route({
    method: 'GET', path: `${BUDGET}/top-sheet.pdf`, tag: 'budgets', summary: 'Top sheet as PDF: estimate, actual and variance by category',
    access: org('budgets.read'), params: eventParams, query: z.object({ locale: z.enum(['id-ID', 'en']).optional() }), response: null,
    produces: 'application/pdf',
  }),
  listBaselines: route({
    method: 'GET', path: `${BUDGET}/baselines`, tag: 'budgets', summary: 'Locked versions of this budget',
    access: org('budgets.read'), params: eventParams, query: pageQuerySchema, response: pageOf(baselineSchema),
  }),
  createBaseline: route({
    method: 'POST', path: `${BUDGET}/baselines`, tag: 'budgets', summary: 'Lock the current budget as a named version',
    access: org('budgets.write'), params: eventParams, body: createBaselineSchema, response: baselineSchema, successStatus: 201,
  }),
  compareBaseline: route({
    method: 'GET', path: `${BUDGET}/baselines/:baselineId/comparison`, tag: 'budgets', summary: 'Current budget against a baseline, by category and line',
    access: org('budgets.read'), params: eventParams.extend({ baselineId: idSchema }), response: baselineComparisonSchema,
  }),
  applyTemplate: route({
    method: 'POST', path: `${BUDGET}/apply-template`, tag: 'budgets', summary: 'Start an empty budget from an organization template',
    access: org('budgets.write'), params: eventParams, body: applyTemplateSchema, response: budgetSchema,
  }),
  listTemplates: route({
    method: 'GET', path: '/api/orgs/:orgId/budget-templates', tag: 'budgets', summary: "The organization's budget templates",
    access: org('budgets.read'), params: orgParams, query: pageQuerySchema, response: pageOf(budgetTemplateSchema),
  }),
  createTemplate: route({
    method: 'POST', path: '/api/orgs/:orgId/budget-templates', tag: 'budgets', summary: "Save an event's budget as a template",
    access: org('budgets.write'), params: orgParams, body: createTemplateSchema, response: budgetTemplateSchema, successStatus: 201,
  }),
  listCommitments: route({
    method: 'GET', path: `${BUDGET}/commitments`, tag: 'budgets', summary: 'Purchase orders and other commitments',
    access: org('budgets.read'), params: eventParams, query: spendListQuerySchema, response: pageOf(commitmentSchema),
  }),
  createCommitment: route({
    method: 'POST', path: `${BUDGET}/commitments`, tag: 'budgets', summary: 'Record a commitment (pending approval above the threshold)',
    access: org('budgets.write'), params: eventParams, body: createCommitmentSchema, response: commitmentSchema, successStatus: 201,
  }),
  decideCommitment: route({
    method: 'POST', path: `${BUDGET}/commitments/:commitmentId/decision`, tag: 'budgets', summary: 'Approve, reject or cancel a commitment',
    access: org('budgets.write'), params: commitmentParams, body: commitmentActionSchema, response: commitmentSchema,
  }),
  listExpenses: route({
    method: 'GET', path: `${BUDGET}/expenses`, tag: 'budgets', summary: 'Expenses and invoices',
    access: org('budgets.read'), params: eventParams, query: spendListQuerySchema, response: pageOf(expenseSchema),
  }),
  createExpense: route({
    method: 'POST', path: `${BUDGET}/expenses`, tag: 'budgets', summary: 'Record an expense (pending approval above the threshold)',
    access: org('budgets.write'), params: eventParams, body: createExpenseSchema, response: expenseSchema, successStatus: 201,
  }),
  decideExpense: route({
    method: 'POST', path: `${BUDGET}/expenses/:expenseId/decision`, tag: 'budgets', summary: 'Approve, reject or mark an expense paid',
    access: org('budgets.write'), params: expenseParams, body: expenseActionSchema, response: expenseSchema,
  }),
  listFringes: route({
    method: 'GET', path: '/api/orgs/:orgId/fringes', tag: 'budgets', summary: 'Fringe and tax rules (PPN, agency fee, BPJS…)',
    access: org('budgets.read'), params: orgParams, query: pageQuerySchema, response: pageOf(fringeRuleSchema),
  }),
  createFringe: route({
    method: 'POST', path: '/api/orgs/:orgId/fringes', tag: 'budgets', summary: 'Add a fringe rule',
    access: org('budgets.write'), params: orgParams, body: createFringeSchema, response: fringeRuleSchema, successStatus: 201,
  }),
  updateFringe: route({
    method: 'PATCH', path: '/api/orgs/:orgId/fringes/:fringeId', tag: 'budgets', summary: 'Change a fringe rule; every line using it is recomputed',
    access: org('budgets.write'), params: fringeParams, body: updateFringeSchema, response: fringeRuleSchema,
  }),
  deleteFringe: route({
    method: 'DELETE', path: '/api/orgs/:orgId/fringes/:fringeId', tag: 'budgets', summary: 'Delete a fringe rule; lines using it are recomputed',
    access: org('budgets.write'), params: fringeParams, response: null, successStatus: 204,
  }),
};

/** Every route, flat, for the router, the OpenAPI document and the permission matrix test. */
export function allRoutes(): RouteDef[] {
  const out: RouteDef[] = [];
  const walk = (node: unknown) => {
    if (node && typeof node === 'object' && 'method' in node && 'path' in node) out.push(node as RouteDef);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(api);
  walk(budgetApi);
  walk(timelineApi);
  walk(locationsApi);
  return out;
}
