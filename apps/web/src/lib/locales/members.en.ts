import type { DeepStrings } from './types';

/** English: members, roles and invitations sent. `members.id.ts` fills the same shape (typed, and checked by i18n.spec.ts). */
export const membersEn = {
  members: {
    title: 'Members',
    subtitle: 'People in this organization and what they may do.',
    you: 'you',
    columns: {
      name: 'Name',
      role: 'Role',
      joined: 'Joined',
    },
    changeRole: 'Role of {{name}}',
    roleChanged: '{{name}} is now {{role}}',
    remove: 'Remove',
    removeLabel: 'Remove {{name}}',
    removeTitle: 'Remove {{name}}?',
    removeBody: 'They will lose access to this organization immediately.',
    removed: '{{name}} was removed',
    leave: 'Leave organization',
    leaveTitle: 'Leave {{name}}?',
    leaveBody: 'You will lose access to its events until someone invites you again.',
    left: 'You left {{name}}',
    loadError: 'Could not load members.',
    invite: {
      button: 'Invite member',
      title: 'Invite a member',
      description: 'They will get a link to join as the role you choose.',
      email: 'Email',
      role: 'Role',
      submit: 'Create invitation',
      linkTitle: 'Invitation created',
      linkBody: 'Send this link to {{email}}. It is shown only once and expires on {{date}}.',
      linkLabel: 'Invitation link',
      done: 'Done',
    },
    invitations: {
      title: 'Invitations',
      empty: 'No invitations yet.',
      email: 'Email',
      role: 'Role',
      status: 'Status',
      invitedBy: 'Invited by',
      expires: 'Expires',
      revoke: 'Revoke',
      revokeLabel: 'Revoke invitation for {{email}}',
      revokeTitle: 'Revoke the invitation for {{email}}?',
      revokeBody: 'The link will stop working.',
      revoked: 'Invitation revoked',
    },
  },
  roles: {
    owner: 'Owner',
    admin: 'Admin',
    manager: 'Production manager',
    coordinator: 'Coordinator',
    crew: 'Crew',
    vendor: 'Vendor',
  },
  invitationStatuses: {
    pending: 'Pending',
    accepted: 'Accepted',
    revoked: 'Revoked',
    expired: 'Expired',
  },
} as const;

export type MembersResources = DeepStrings<typeof membersEn>;
