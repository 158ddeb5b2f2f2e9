import { timelineApi } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { timelineKeys } from './keys';

export const listDependencies = (orgId: string, eventId: string, signal?: AbortSignal) =>
  call(timelineApi.listDependencies, { params: { orgId, eventId }, query: { limit: 10000 }, signal }).then((page) => page.items);

export const dependenciesQueryOptions = (orgId: string, eventId: string) =>
  queryOptions({ queryKey: timelineKeys.dependencies(orgId, eventId), queryFn: ({ signal }) => listDependencies(orgId, eventId, signal) });

export function useDependencies(orgId: string, eventId: string) {
  return useQuery(dependenciesQueryOptions(orgId, eventId));
}
