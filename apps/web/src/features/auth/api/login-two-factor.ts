import { accountApi, type LoginTwoFactorInput } from '@rundown/domain';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { useSignedIn } from './login';

export const loginTwoFactor = (body: LoginTwoFactorInput) => call(accountApi.twoFactor.login, { body });

export function useLoginTwoFactor() {
  const signedIn = useSignedIn();
  return useMutation({ mutationFn: loginTwoFactor, onSuccess: signedIn });
}
