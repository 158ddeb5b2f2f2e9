import { timelineApi } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { fetchAllPages } from '../../../lib/fetch-pages';
import { timelineKeys } from './keys';

/** The API's maximum page: one request for any ordinary schedule. */
const PAGE_SIZES = { first: 10000, rest: 10000 };

export const listDependencies = (orgId: string, eventId: string, signal?: AbortSignal) =>
  fetchAllPages((cursor, limit) => call(timelineApi.listDependencies, { params: { orgId, eventId }, query: { limit, cursor }, signal }), PAGE_SIZES);

const dependenciesQueryOptions = (orgId: string, eventId: string) =>
  queryOptions({ queryKey: timelineKeys.dependencies(orgId, eventId), queryFn: ({ signal }) => listDependencies(orgId, eventId, signal) });

/** `enabled: false` holds the request back, e.g. until the bars it would draw arrows between are on screen. */
export function useDependencies(orgId: string, eventId: string, { enabled }: { enabled: boolean }) {
  return useQuery({ ...dependenciesQueryOptions(orgId, eventId), enabled });
}
