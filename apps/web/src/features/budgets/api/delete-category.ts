import { budgetApi } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { budgetKeys } from './keys';

/** 409 `conflict` while the category still has lines or subcategories. */
export const deleteCategory = (orgId: string, eventId: string, categoryId: string) =>
  call(budgetApi.deleteCategory, { params: { orgId, eventId, categoryId } });

export function useDeleteCategory(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (categoryId: string) => deleteCategory(orgId, eventId, categoryId),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: budgetKeys.budget(orgId, eventId) }),
        queryClient.invalidateQueries({ queryKey: budgetKeys.summary(orgId, eventId) }),
      ]),
  });
}
