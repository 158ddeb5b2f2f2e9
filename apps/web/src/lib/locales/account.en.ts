import type { DeepStrings } from './types';

/** English: the personal account page. `account.id.ts` fills the same shape (typed, and checked by i18n.spec.ts). */
export const accountEn = {
  account: {
    title: 'Account',
    subtitle: 'Your profile, sessions and API tokens.',
    profile: {
      title: 'Profile',
      name: 'Name',
      email: 'Email',
      saved: 'Profile saved',
    },
    sessions: {
      title: 'Sessions',
      body: 'Logged in on a device you no longer use? End every session except this one.',
      signOutOthers: 'Sign out other sessions',
      done: 'Other sessions ended: {{count}}',
    },
    tokens: {
      title: 'Personal API tokens',
      body: 'Tokens act as you in scripts and integrations. Treat them like passwords.',
      name: 'Token name',
      namePlaceholder: 'e.g. Budget export script',
      expiresIn: 'Expires after',
      noExpiry: 'No expiry',
      create: 'Create token',
      createdTitle: 'Copy your new token',
      createdBody: 'This is the only time it is shown. Store it somewhere safe.',
      tokenLabel: 'New API token',
      columns: {
        name: 'Name',
        prefix: 'Token',
        created: 'Created',
        lastUsed: 'Last used',
        expires: 'Expires',
      },
      empty: 'No tokens yet.',
      revoke: 'Revoke',
      revokeLabel: 'Revoke token {{name}}',
      revokeTitle: 'Revoke “{{name}}”?',
      revokeBody: 'Anything using this token will stop working immediately.',
      revoked: 'Token revoked',
      loadError: 'Could not load tokens.',
    },
  },
} as const;

export type AccountResources = DeepStrings<typeof accountEn>;
