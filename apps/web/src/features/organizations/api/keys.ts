/** Everything kept for one organization starts with `organizationKeys.all(orgId)` (every feature's keys do). */
export const organizationKeys = {
  all: (orgId: string) => ['orgs', orgId] as const,
  detail: (orgId: string) => ['orgs', orgId, 'organization'] as const,
  security: (orgId: string) => ['orgs', orgId, 'security'] as const,
};
