/**
 * The route contract, assembled from one file per API module (`<area>.contract.ts`, as
 * `apps/api/src/modules/` is). Access helpers and shared path parameters live once, in
 * `access.ts`. A new area adds its file, re-exports it from `index.ts` and adds one `walk`
 * line to `allRoutes`; the collections below keep the shape callers already use.
 */
import type { RouteDef } from './route.js';
import { accountApi } from './account.contract.js';
import { auditApi } from './audit.contract.js';
import { authApi } from './auth.contract.js';
import { budgetApi } from './budgets.contract.js';
import { calendarApi } from './calendar.contract.js';
import { eventsApi } from './events.contract.js';
import { invitationsApi, orgInvitationsApi } from './invitations.contract.js';
import { locationsApi } from './locations.contract.js';
import { meApi } from './me.contract.js';
import { membersApi } from './members.contract.js';
import { notificationsApi } from './notifications.contract.js';
import { organizationsApi } from './organizations.contract.js';
import { rundownApi } from './rundown.contract.js';
import { systemApi } from './system.contract.js';
import { tasksApi } from './timeline.contract.js';
import { vendorPortalApi, vendorsApi } from './vendors.contract.js';

export const api = {
  health: systemApi.health,
  auth: authApi,
  me: meApi,
  invitations: invitationsApi,
  orgs: { ...organizationsApi, ...membersApi, ...orgInvitationsApi, ...auditApi },
  events: eventsApi,
};

export { budgetApi };

/** The schedule side of an event, as one collection (each part is its own area file). */
export const timelineApi = {
  ...tasksApi,
  ...vendorsApi,
  ...vendorPortalApi,
  ...rundownApi,
  ...notificationsApi,
  ...calendarApi,
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
  walk(accountApi);
  walk(locationsApi);
  return out;
}
