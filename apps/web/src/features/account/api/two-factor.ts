import { accountApi, type EnableTwoFactorInput, type PasswordConfirmation } from '@rundown/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { twoFactorKeys } from './keys';

export const twoFactorStatus = () => call(accountApi.twoFactor.status);
export const setupTwoFactor = (body: PasswordConfirmation) => call(accountApi.twoFactor.setup, { body });
export const enableTwoFactor = (body: EnableTwoFactorInput) => call(accountApi.twoFactor.enable, { body });
export const disableTwoFactor = (body: PasswordConfirmation) => call(accountApi.twoFactor.disable, { body });

export const twoFactorQueryOptions = () => queryOptions({ queryKey: twoFactorKeys.status, queryFn: twoFactorStatus });

export function useTwoFactorStatus() {
  return useQuery(twoFactorQueryOptions());
}

export function useSetupTwoFactor() {
  return useMutation({ mutationFn: setupTwoFactor });
}

export function useEnableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: enableTwoFactor, onSuccess: () => queryClient.invalidateQueries({ queryKey: twoFactorKeys.status }) });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: disableTwoFactor, onSuccess: () => queryClient.invalidateQueries({ queryKey: twoFactorKeys.status }) });
}
