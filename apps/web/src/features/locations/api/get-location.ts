import { locationsApi } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { locationKeys } from './keys';

export const getLocation = (orgId: string, locationId: string, signal?: AbortSignal) => call(locationsApi.get, { params: { orgId, locationId }, signal });

export const locationQueryOptions = (orgId: string, locationId: string) =>
  queryOptions({ queryKey: locationKeys.detail(orgId, locationId), queryFn: ({ signal }) => getLocation(orgId, locationId, signal) });

export function useLocation(orgId: string, locationId: string) {
  return useQuery(locationQueryOptions(orgId, locationId));
}
