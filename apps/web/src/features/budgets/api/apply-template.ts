import { budgetApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { budgetKeys } from './keys';

/** Starts an empty budget from a template: 409 when the budget has lines or another currency. */
export const applyTemplate = (orgId: string, eventId: string, templateId: string) =>
  call(budgetApi.applyTemplate, { params: { orgId, eventId }, body: { templateId } });

export function useApplyTemplate(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (templateId: string) => applyTemplate(orgId, eventId, templateId),
    onSuccess: (budget) => {
      queryClient.setQueryData(budgetKeys.budget(orgId, eventId), budget);
      return queryClient.invalidateQueries({ queryKey: budgetKeys.event(orgId, eventId) });
    },
  });
}
