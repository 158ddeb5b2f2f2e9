import { accountApi, type OrgSecurity } from '@rundown/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { organizationKeys } from './keys';

export const getOrgSecurity = (orgId: string) => call(accountApi.orgSecurity.get, { params: { orgId } });
export const updateOrgSecurity = (orgId: string, body: OrgSecurity) => call(accountApi.orgSecurity.update, { params: { orgId }, body });

export const orgSecurityQueryOptions = (orgId: string) => queryOptions({ queryKey: organizationKeys.security(orgId), queryFn: () => getOrgSecurity(orgId) });

export function useOrgSecurity(orgId: string) {
  return useQuery(orgSecurityQueryOptions(orgId));
}

export function useUpdateOrgSecurity(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrgSecurity) => updateOrgSecurity(orgId, body),
    onSuccess: (security) => queryClient.setQueryData(organizationKeys.security(orgId), security),
  });
}
