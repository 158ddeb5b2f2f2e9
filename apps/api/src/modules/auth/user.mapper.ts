import type { Locale, Me, MembershipSummary, Role, User } from '@rundown/domain';

export type UserRow = { id: string; email: string; name: string; locale: Locale };
export type MembershipRow = { organization_id: string; organization_name: string; role: Role };

export const toUser = (row: UserRow): User => ({ id: row.id, email: row.email, name: row.name, locale: row.locale });

export const toMe = (user: UserRow, memberships: MembershipRow[]): Me => ({
  user: toUser(user),
  memberships: memberships.map(
    (m): MembershipSummary => ({ organizationId: m.organization_id, organizationName: m.organization_name, role: m.role }),
  ),
});
