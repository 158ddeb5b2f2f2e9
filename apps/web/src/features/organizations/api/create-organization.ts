import { api } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';
import { organizationKeys } from './keys';

export const createOrganization = (name: string) => call(api.orgs.create, { body: { name } });

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: async (organization) => {
      queryClient.setQueryData(organizationKeys.detail(organization.id), organization);
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
