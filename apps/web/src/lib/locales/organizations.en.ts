import type { DeepStrings } from './types';

/** English: organizations and their settings. `organizations.id.ts` fills the same shape (typed, and checked by i18n.spec.ts). */
export const organizationsEn = {
  organizations: {
    create: {
      title: 'New organization',
      description: 'You will be its owner. You can invite your team afterwards.',
      name: 'Organization name',
      submit: 'Create organization',
      created: 'Organization “{{name}}” created',
    },
    welcome: {
      title: 'You are not part of an organization yet',
      body: 'Create one for your team, or open an invitation link you received.',
    },
  },
  settings: {
    title: 'Organization settings',
    subtitle: 'Defaults for new events and for everyone in this organization.',
    name: 'Organization name',
    defaultCurrency: 'Default currency',
    defaultCurrencyHint: 'New events start with this currency.',
    locale: 'Language',
    localeHint: 'Default language for documents and new members.',
    timeZone: 'Time zone',
    timeZoneHint: 'Used for new events and the audit log.',
    submit: 'Save settings',
    saved: 'Settings saved',
    readOnly: 'Only owners and admins can change these settings.',
    conflictTitle: 'Someone else changed these settings',
    conflictBody: 'Reload to see their changes. What you typed here will be replaced.',
    loadError: 'Could not load the settings.',
  },
} as const;

export type OrganizationsResources = DeepStrings<typeof organizationsEn>;
