/** Rundown keys start with the organization and name the event day. */
export const rundownKeys = {
  all: (orgId: string) => ['orgs', orgId, 'rundown'] as const,
  day: (orgId: string, eventId: string, day: string) => [...rundownKeys.all(orgId), eventId, day] as const,
};
