import { api, type SignupInput } from '@rundown/domain';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { useSignedIn } from './login';

export const signup = (body: SignupInput) => call(api.auth.signup, { body });

export function useSignup() {
  const signedIn = useSignedIn();
  return useMutation({ mutationFn: signup, onSuccess: signedIn });
}
