import { timelineApi } from '@rundown/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { timelineKeys } from './keys';

export const listBaselines = (orgId: string, eventId: string, signal?: AbortSignal) =>
  call(timelineApi.listScheduleBaselines, { params: { orgId, eventId }, query: { limit: 200 }, signal }).then((p) => p.items);

export const baselinesQueryOptions = (orgId: string, eventId: string) =>
  queryOptions({ queryKey: timelineKeys.baselines(orgId, eventId), queryFn: ({ signal }) => listBaselines(orgId, eventId, signal) });

export function useBaselines(orgId: string, eventId: string, enabled = true) {
  return useQuery({ ...baselinesQueryOptions(orgId, eventId), enabled });
}

export const createBaseline = (orgId: string, eventId: string, name: string) =>
  call(timelineApi.createScheduleBaseline, { params: { orgId, eventId }, body: { name } });

export function useCreateBaseline(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => createBaseline(orgId, eventId, name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: timelineKeys.baselines(orgId, eventId) }),
  });
}

/** Planned (baseline) against current dates with slip per task. */
export const compareBaseline = (orgId: string, eventId: string, baselineId: string, signal?: AbortSignal) =>
  call(timelineApi.compareScheduleBaseline, { params: { orgId, eventId, baselineId }, signal });

export function useBaselineComparison(orgId: string, eventId: string, baselineId: string | undefined) {
  return useQuery({
    queryKey: timelineKeys.comparison(orgId, eventId, baselineId ?? 'none'),
    queryFn: ({ signal }) => compareBaseline(orgId, eventId, baselineId!, signal),
    enabled: Boolean(baselineId),
  });
}
