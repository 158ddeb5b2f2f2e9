import { api } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { tokenKeys } from './keys';

export const listTokens = () => call(api.me.listTokens);

export const tokensQueryOptions = () => queryOptions({ queryKey: tokenKeys.all, queryFn: listTokens });

export function useTokens() {
  return useQuery(tokensQueryOptions());
}
