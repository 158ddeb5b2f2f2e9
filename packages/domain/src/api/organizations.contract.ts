import { createOrganizationSchema, organizationSchema, organizationSummarySchema, updateOrganizationSchema } from '../organizations/organization.schemas.js';
import { org, orgParams, userAccess } from './access.js';
import { route } from './route.js';

export const organizationsApi = {
  create: route({
    method: 'POST', path: '/api/orgs', tag: 'organizations', summary: 'Create another organization (you become its owner)',
    access: userAccess, body: createOrganizationSchema, response: organizationSchema, successStatus: 201,
  }),
  get: route({
    method: 'GET', path: '/api/orgs/:orgId', tag: 'organizations',
    summary: 'Organization and its settings (roles without budgets.read get it without the budget settings)',
    access: org('org.read'), params: orgParams, response: organizationSchema, versioned: true,
    restrictedResponse: { unless: 'budgets.read', schema: organizationSummarySchema },
  }),
  update: route({
    method: 'PATCH', path: '/api/orgs/:orgId', tag: 'organizations', summary: 'Change name, currency, language, time zone',
    access: org('org.update'), params: orgParams, body: updateOrganizationSchema, response: organizationSchema, versioned: true,
  }),
};
