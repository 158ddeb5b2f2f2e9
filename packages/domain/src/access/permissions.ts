import { z } from 'zod';

export const ROLES = ['owner', 'admin', 'manager', 'coordinator', 'crew', 'vendor'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const PERMISSIONS = [
  'org.read',
  'org.update',
  'members.read',
  'members.manage',
  'audit.read',
  'events.read',
  'events.write',
  'events.delete',
  'budgets.read',
  'budgets.write',
  'budgets.approve',
  'schedule.read',
  'schedule.write',
  /** Remove anyone's task files (schedule.write alone removes only one's own). */
  'schedule.manage',
  'vendors.read',
  'vendors.write',
  /** The locations directory (venues, spaces, contacts, notes). Event places are read with events.read. */
  'locations.read',
  /** Add and edit places, spaces and an event's holds. */
  'locations.write',
  'permits.read',
  'permits.write',
  /** Edit the organization's permit types and lead times. */
  'permits.manage',
] as const;
export const permissionSchema = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof permissionSchema>;

/**
 * The one permission table. The API guard and the dashboard both read it; anything not
 * listed is denied. Vendors get nothing organization-wide: their portal is task-scoped.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  owner: PERMISSIONS,
  admin: PERMISSIONS,
  manager: [
    'org.read', 'members.read', 'events.read', 'events.write', 'events.delete', 'budgets.read', 'budgets.write', 'budgets.approve',
    'schedule.read', 'schedule.write', 'schedule.manage', 'vendors.read', 'vendors.write',
    'locations.read', 'locations.write', 'permits.read', 'permits.write', 'permits.manage',
  ],
  coordinator: [
    'org.read', 'members.read', 'events.read', 'events.write', 'budgets.read', 'schedule.read', 'schedule.write', 'vendors.read', 'vendors.write',
    'locations.read', 'locations.write', 'permits.read', 'permits.write',
  ],
  crew: ['org.read', 'events.read', 'schedule.read'],
  vendor: ['org.read'],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** The roles that hold `permission`. */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => can(role, permission));
}

/** Which roles a member with `actor` role may hand out: nobody grants more than they hold. */
export function assignableRoles(actor: Role): Role[] {
  if (actor === 'owner') return [...ROLES];
  if (actor === 'admin') return ROLES.filter((r) => r !== 'owner');
  return [];
}
