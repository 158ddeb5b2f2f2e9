import { can, type Permission, type Role } from '@rundown/domain';
import { CalendarDays, FileCheck, History, MapPin, Settings, Store, Users, type LucideIcon } from 'lucide-react';

export type NavItem = {
  key: 'events' | 'vendors' | 'locations' | 'permits' | 'members' | 'settings' | 'audit';
  to: '/orgs/$orgId/events' | '/orgs/$orgId/vendors' | '/orgs/$orgId/locations' | '/orgs/$orgId/permits' | '/orgs/$orgId/members' | '/orgs/$orgId/settings' | '/orgs/$orgId/audit';
  icon: LucideIcon;
  permission: Permission;
};

/** Organization pages, each shown only to roles holding its permission (the domain's table). */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'events', to: '/orgs/$orgId/events', icon: CalendarDays, permission: 'events.read' },
  { key: 'vendors', to: '/orgs/$orgId/vendors', icon: Store, permission: 'vendors.read' },
  { key: 'locations', to: '/orgs/$orgId/locations', icon: MapPin, permission: 'locations.read' },
  { key: 'permits', to: '/orgs/$orgId/permits', icon: FileCheck, permission: 'permits.read' },
  { key: 'members', to: '/orgs/$orgId/members', icon: Users, permission: 'members.read' },
  { key: 'settings', to: '/orgs/$orgId/settings', icon: Settings, permission: 'org.read' },
  { key: 'audit', to: '/orgs/$orgId/audit', icon: History, permission: 'audit.read' },
];

/** Where a member lands in an organization: the first page their role may open (events for most). */
export function homeFor(role: Role): NavItem['to'] {
  return NAV_ITEMS.find((item) => can(role, item.permission))?.to ?? '/orgs/$orgId/settings';
}

/**
 * The organization pages a role sees in the sidebar and the command palette. Vendors see none:
 * they work from "My tasks" (their only permission, org.read, would otherwise show Settings).
 */
export function navItemsFor(role: Role): readonly NavItem[] {
  return role === 'vendor' ? [] : NAV_ITEMS.filter((item) => can(role, item.permission));
}
