import { describe, expect, it } from 'vitest';
import { assignableRoles, can, PERMISSIONS, ROLES } from './permissions.js';

describe('permission table', () => {
  it('gives owners and admins everything', () => {
    for (const p of PERMISSIONS) {
      expect(can('owner', p)).toBe(true);
      expect(can('admin', p)).toBe(true);
    }
  });

  it('keeps vendors and crew away from members, settings and audit', () => {
    for (const role of ['crew', 'vendor'] as const) {
      expect(can(role, 'members.read')).toBe(false);
      expect(can(role, 'org.update')).toBe(false);
      expect(can(role, 'audit.read')).toBe(false);
    }
    expect(can('vendor', 'events.read')).toBe(false);
  });

  it('is monotone: each role holds at most what the role above it holds', () => {
    for (let i = 1; i < ROLES.length; i++) {
      for (const p of PERMISSIONS) {
        if (can(ROLES[i]!, p)) expect(can(ROLES[i - 1]!, p)).toBe(true);
      }
    }
  });

  it('lets only owners grant owner, and non-admins grant nothing', () => {
    expect(assignableRoles('owner')).toContain('owner');
    expect(assignableRoles('admin')).not.toContain('owner');
    expect(assignableRoles('manager')).toEqual([]);
  });
});
