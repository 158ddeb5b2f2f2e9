import { api, type AuditQuery } from '@rundown/domain';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export type AuditFilters = Pick<AuditQuery, 'entityType' | 'action'>;

export const auditKeys = {
  all: (orgId: string) => ['orgs', orgId, 'audit'] as const,
  list: (orgId: string, filters: AuditFilters) => [...auditKeys.all(orgId), filters] as const,
};

export const listAudit = (orgId: string, filters: AuditFilters, cursor?: string, signal?: AbortSignal) =>
  call(api.orgs.audit, { params: { orgId }, query: { ...filters, limit: 50, cursor }, signal });

export const auditQueryOptions = (orgId: string, filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(orgId, filters),
    queryFn: ({ pageParam, signal }) => listAudit(orgId, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useAudit(orgId: string, filters: AuditFilters) {
  return useInfiniteQuery(auditQueryOptions(orgId, filters));
}
