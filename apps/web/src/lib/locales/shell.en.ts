import type { DeepStrings } from './types';

/** English: navigation, the app shell and the command palette. `shell.id.ts` fills the same shape (typed, and checked by i18n.spec.ts). */
export const shellEn = {
  nav: {
    main: 'Main',
    events: 'Events',
    vendors: 'Vendors',
    locations: 'Locations',
    permits: 'Permits',
    members: 'Members',
    settings: 'Settings',
    audit: 'Audit log',
    account: 'Account',
    openMenu: 'Open menu',
    closeMenu: 'Close menu',
    skipToContent: 'Skip to content',
  },
  shell: {
    switchOrganization: 'Switch organization',
    organizations: 'Organizations',
    createOrganization: 'New organization',
    userMenu: 'User menu',
    clock12: 'Use the 12-hour clock (7:00 PM)',
    clock24: 'Use the 24-hour clock (19:00)',
    commandHint: 'Search or jump to…',
    notifications: 'Notifications',
    noOrganization: 'No organization',
  },
  command: {
    title: 'Command palette',
    placeholder: 'Type a command or search…',
    empty: 'No results.',
    navigation: 'Go to',
    actions: 'Actions',
    organizations: 'Organizations',
    preferences: 'Preferences',
    newEvent: 'New event',
    switchTo: 'Switch to {{name}}',
    themeTo: 'Theme: {{theme}}',
    languageTo: 'Language: {{language}}',
    logout: 'Log out',
    budget: 'Open this event’s budget',
    budgetTopSheet: 'Budget top sheet',
    budgetSpending: 'Budget spending and approvals',
    budgetBaselines: 'Budget baselines',
    importBudget: 'Import budget lines from CSV',
  },
} as const;

export type ShellResources = DeepStrings<typeof shellEn>;
