import type { LocationFilters } from '../utils/locations-search';

/** Every location query key starts with the organization. */
export const locationKeys = {
  all: (orgId: string) => ['orgs', orgId, 'locations'] as const,
  list: (orgId: string, filters: LocationFilters) => [...locationKeys.all(orgId), 'list', filters] as const,
  cities: (orgId: string) => [...locationKeys.all(orgId), 'cities'] as const,
  detail: (orgId: string, locationId: string) => [...locationKeys.all(orgId), 'detail', locationId] as const,
};
