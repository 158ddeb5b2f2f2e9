import { locationsApi } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { locationKeys } from './keys';

export const listCities = (orgId: string, signal?: AbortSignal) => call(locationsApi.cities, { params: { orgId }, signal });

export const citiesQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: locationKeys.cities(orgId), queryFn: ({ signal }) => listCities(orgId, signal) });

export function useCities(orgId: string) {
  return useQuery(citiesQueryOptions(orgId));
}
