import { api } from '@rundown/domain';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export const signOutOtherSessions = () => call(api.me.signOutOtherSessions);

export function useSignOutOtherSessions() {
  return useMutation({ mutationFn: signOutOtherSessions });
}
