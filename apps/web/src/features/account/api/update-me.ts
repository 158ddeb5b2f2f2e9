import { api, type UpdateMeInput } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/session';

export const updateMe = (body: UpdateMeInput) => call(api.me.update, { body });

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (user) => {
      queryClient.setQueryData(meQueryKey, (me: import('@rundown/domain').Me | null | undefined) => (me ? { ...me, user } : me));
    },
  });
}
