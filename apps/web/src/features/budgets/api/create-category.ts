import { budgetApi, type CreateCategoryInput } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { budgetKeys } from './keys';

export const createCategory = (orgId: string, eventId: string, body: CreateCategoryInput) =>
  call(budgetApi.createCategory, { params: { orgId, eventId }, body });

export function useCreateCategory(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCategoryInput) => createCategory(orgId, eventId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: budgetKeys.budget(orgId, eventId) }),
        queryClient.invalidateQueries({ queryKey: budgetKeys.summary(orgId, eventId) }),
      ]),
  });
}
