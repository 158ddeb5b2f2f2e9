import { api } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { organizationKeys } from './keys';

export const getOrganization = (orgId: string, signal?: AbortSignal) => call(api.orgs.get, { params: { orgId }, signal });

export const organizationQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: organizationKeys.detail(orgId), queryFn: ({ signal }) => getOrganization(orgId, signal) });

export function useOrganization(orgId: string) {
  return useQuery(organizationQueryOptions(orgId));
}
