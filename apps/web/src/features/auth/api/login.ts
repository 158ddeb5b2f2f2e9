import { api, type LoginInput, type Me } from '@rundown/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { fromApiLocale, hasStoredLanguage, setLanguage } from '../../../lib/i18n';
import { meQueryKey } from '../../../lib/session';

export const login = (body: LoginInput) => call(api.auth.login, { body });

/**
 * After any sign-in: remember who we are. The account's saved language applies unless a
 * language was chosen on this device (e.g. on the log-in page), which the person can see and keeps.
 */
export function useSignedIn() {
  const queryClient = useQueryClient();
  return (me: Me) => {
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
    queryClient.setQueryData(meQueryKey, me);
    if (!hasStoredLanguage()) void setLanguage(fromApiLocale(me.user.locale));
  };
}

export function useLogin() {
  const signedIn = useSignedIn();
  return useMutation({ mutationFn: login, onSuccess: signedIn });
}
