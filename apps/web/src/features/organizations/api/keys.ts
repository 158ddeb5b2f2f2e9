export const organizationKeys = {
  detail: (orgId: string) => ['orgs', orgId, 'organization'] as const,
};
