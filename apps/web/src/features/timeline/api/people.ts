import { api, timelineApi } from '@rundown/domain';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { timelineKeys } from './keys';

/** Members who can be assigned (needs members.read; crew get an empty list and see ids as "a member"). */
export async function listAssignableMembers(orgId: string, signal?: AbortSignal) {
  const out = [];
  let cursor: string | undefined;
  do {
    const page = await call(api.orgs.listMembers, { params: { orgId }, query: { limit: 200, cursor }, signal });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < 2000);
  return out;
}

export function useAssignableMembers(orgId: string, enabled: boolean) {
  return useQuery({ queryKey: timelineKeys.members(orgId), queryFn: ({ signal }) => listAssignableMembers(orgId, signal), enabled, staleTime: 60_000 });
}

/** The vendor directory for pickers and names (needs vendors.read). */
export async function listVendorOptions(orgId: string, signal?: AbortSignal) {
  const out = [];
  let cursor: string | undefined;
  do {
    const page = await call(timelineApi.listVendors, { params: { orgId }, query: { limit: 200, cursor }, signal });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < 2000);
  return out;
}

export function useVendorOptions(orgId: string, enabled: boolean) {
  return useQuery({ queryKey: timelineKeys.vendors(orgId), queryFn: ({ signal }) => listVendorOptions(orgId, signal), enabled, staleTime: 60_000 });
}
