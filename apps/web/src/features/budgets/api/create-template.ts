import { budgetApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { budgetKeys } from './keys';

export const createTemplate = (orgId: string, eventId: string, name: string) =>
  call(budgetApi.createTemplate, { params: { orgId }, body: { name, eventId } });

export function useCreateTemplate(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => createTemplate(orgId, eventId, name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetKeys.templates(orgId) }),
  });
}
