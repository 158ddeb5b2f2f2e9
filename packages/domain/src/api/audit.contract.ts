import { auditEntrySchema, auditQuerySchema } from '../audit/audit.schemas.js';
import { pageOf } from '../common/pagination.js';
import { org, orgParams } from './access.js';
import { route } from './route.js';

export const auditApi = {
  audit: route({
    method: 'GET', path: '/api/orgs/:orgId/audit', tag: 'audit', summary: 'Audit log (newest first)',
    access: org('audit.read'), params: orgParams, query: auditQuerySchema, response: pageOf(auditEntrySchema),
  }),
};
