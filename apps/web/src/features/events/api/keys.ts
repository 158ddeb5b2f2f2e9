import type { EventSort, EventStatus } from '@rundown/domain';

/** What the events list is filtered and sorted by (the API's query, minus paging). */
export type EventListFilters = {
  status?: EventStatus[];
  from?: string;
  to?: string;
  q?: string;
  sort: EventSort;
  order: 'asc' | 'desc';
};

/** Every events query key starts with the organization, so switching orgs never shows stale rows. */
export const eventKeys = {
  all: (orgId: string) => ['orgs', orgId, 'events'] as const,
  lists: (orgId: string) => [...eventKeys.all(orgId), 'list'] as const,
  list: (orgId: string, filters: EventListFilters) => [...eventKeys.lists(orgId), filters] as const,
  detail: (orgId: string, eventId: string) => [...eventKeys.all(orgId), 'detail', eventId] as const,
  overview: (orgId: string, eventId: string) => [...eventKeys.detail(orgId, eventId), 'overview'] as const,
};
