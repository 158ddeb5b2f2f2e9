import { accountApi, type ForgotPasswordInput } from '@rundown/domain';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export const forgotPassword = (body: ForgotPasswordInput) => call(accountApi.password.forgot, { body });

export function useForgotPassword() {
  return useMutation({ mutationFn: forgotPassword });
}
