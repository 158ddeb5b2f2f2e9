import { accountApi, type ResetPasswordInput } from '@rundown/domain';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export const resetPassword = (body: ResetPasswordInput) => call(accountApi.password.reset, { body });

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
