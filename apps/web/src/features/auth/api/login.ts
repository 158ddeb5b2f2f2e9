import { api, type LoginInput, type Me } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { fromApiLocale, setLanguage } from '../../../lib/i18n';
import { meQueryKey } from '../../../lib/session';

export const login = (body: LoginInput) => call(api.auth.login, { body });

/** After any sign-in: remember who we are and speak their saved language. */
export function useSignedIn() {
  const queryClient = useQueryClient();
  return (me: Me) => {
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    queryClient.setQueryData(meQueryKey, me);
    void setLanguage(fromApiLocale(me.user.locale));
  };
}

export function useLogin() {
  const signedIn = useSignedIn();
  return useMutation({ mutationFn: login, onSuccess: signedIn });
}
