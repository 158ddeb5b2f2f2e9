import { api, type Me, type UpdateOrganizationInput } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';
import { organizationKeys } from './keys';

/** PATCH with `If-Match: "<version>"`; a stale version answers 412 with the current organization. */
export const updateOrganization = (orgId: string, version: number, body: UpdateOrganizationInput) =>
  call(api.orgs.update, { params: { orgId }, body, ifMatch: version });

export function useUpdateOrganization(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: UpdateOrganizationInput }) => updateOrganization(orgId, version, body),
    onSuccess: (organization) => {
      queryClient.setQueryData(organizationKeys.detail(orgId), organization);
      // The sidebar shows the name from /api/me.
      queryClient.setQueryData<Me | null>(meQueryKey, (me) =>
        me
          ? {
              ...me,
              memberships: me.memberships.map((m) =>
                m.organizationId === orgId ? { ...m, organizationName: organization.name } : m,
              ),
            }
          : me,
      );
    },
  });
}
