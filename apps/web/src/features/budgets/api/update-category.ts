import { budgetApi, type Budget, type UpdateCategoryInput } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { budgetKeys } from './keys';

/** PATCH with `If-Match: "<version>"`: a stale version answers 412 with the category as it is now. */
export const updateCategory = (orgId: string, eventId: string, categoryId: string, version: number, body: UpdateCategoryInput) =>
  call(budgetApi.updateCategory, { params: { orgId, eventId, categoryId }, body, ifMatch: version });

/** Rename, renumber, nest or reorder; several at once for a reorder. The tree updates when all are saved. */
export function useUpdateCategories(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: { categoryId: string; version: number; body: UpdateCategoryInput }[]) =>
      Promise.all(changes.map((c) => updateCategory(orgId, eventId, c.categoryId, c.version, c.body))),
    onSuccess: (updated) => {
      queryClient.setQueryData<Budget>(budgetKeys.budget(orgId, eventId), (budget) => {
        if (!budget) return budget;
        const byId = new Map(updated.map((c) => [c.id, c]));
        return { ...budget, categories: budget.categories.map((c) => byId.get(c.id) ?? c) };
      });
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: budgetKeys.budget(orgId, eventId) }),
        queryClient.invalidateQueries({ queryKey: budgetKeys.summary(orgId, eventId) }),
      ]),
  });
}
