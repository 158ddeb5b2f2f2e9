import { locationsApi } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { locationKeys } from './keys';

export const listPermitTypes = (orgId: string, signal?: AbortSignal) => call(locationsApi.listPermitTypes, { params: { orgId }, signal });

export const permitTypesQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: locationKeys.permitTypes(orgId), queryFn: ({ signal }) => listPermitTypes(orgId, signal), staleTime: 60_000 });

export function usePermitTypes(orgId: string) {
  return useQuery(permitTypesQueryOptions(orgId));
}
