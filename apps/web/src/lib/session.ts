import { api, can, type Me, type MembershipSummary, type Permission } from '@rundown/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call, isApiError } from './api-client';

/**
 * The signed-in user and their memberships (GET /api/me). Shared by every feature, so it
 * lives here rather than in one feature. Null means "not signed in".
 */
export const meQueryKey = ['me'] as const;

export async function getMe(): Promise<Me | null> {
  try {
    return await call(api.me.get);
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = () => queryOptions({ queryKey: meQueryKey, queryFn: getMe, staleTime: 60_000 });

export function useMe() {
  return useQuery(meQueryOptions());
}

export function findMembership(me: Me | null | undefined, orgId: string): MembershipSummary | undefined {
  return me?.memberships.find((m) => m.organizationId === orgId);
}

/** The current user's membership in `orgId`, with a permission check bound to its role. */
export function useMembership(orgId: string) {
  const { data: me } = useMe();
  const membership = findMembership(me, orgId);
  return {
    me,
    membership,
    role: membership?.role,
    can: (permission: Permission) => (membership ? can(membership.role, permission) : false),
  };
}

const LAST_ORG_KEY = 'rundown.lastOrg';

export function rememberOrg(orgId: string): void {
  try {
    localStorage.setItem(LAST_ORG_KEY, orgId);
  } catch {
    // ignore
  }
}

/** The organization to open by default: the last one used, else the first membership. */
export function defaultOrgId(me: Me): string | undefined {
  let last: string | null = null;
  try {
    last = localStorage.getItem(LAST_ORG_KEY);
  } catch {
    last = null;
  }
  if (last && me.memberships.some((m) => m.organizationId === last)) return last;
  return me.memberships[0]?.organizationId;
}
