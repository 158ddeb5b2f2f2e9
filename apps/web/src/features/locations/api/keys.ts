import type { LocationFilters } from '../utils/locations-search';
import type { PermitFilters } from '../utils/permits-search';

/** Every location query key starts with the organization. */
export const locationKeys = {
  all: (orgId: string) => ['orgs', orgId, 'locations'] as const,
  list: (orgId: string, filters: LocationFilters) => [...locationKeys.all(orgId), 'list', filters] as const,
  cities: (orgId: string) => [...locationKeys.all(orgId), 'cities'] as const,
  detail: (orgId: string, locationId: string) => [...locationKeys.all(orgId), 'detail', locationId] as const,
  usage: (orgId: string, locationId: string) => [...locationKeys.all(orgId), 'usage', locationId] as const,
  /** An event's places live under the location prefix too: a hold changes what the place's page lists. */
  eventPlaces: (orgId: string, eventId: string) => [...locationKeys.all(orgId), 'event-places', eventId] as const,
  /** Permits and their types live under the location prefix: a hold or a place change can touch them. */
  permits: (orgId: string, filters: PermitFilters) => [...locationKeys.all(orgId), 'permits', filters] as const,
  permitTypes: (orgId: string) => [...locationKeys.all(orgId), 'permit-types'] as const,
};
