import type { DeepStrings } from './types';

/** English: calendar feeds. `calendar.id.ts` fills the same shape (typed, and checked by i18n.spec.ts). */
export const calendarEn = {
  calendar: {
    title: 'Calendar feed',
    description: 'Subscribe to the tasks and cues assigned to you from Google Calendar, Apple Calendar or Outlook. The link is secret: anyone who has it sees them.',
    create: 'Create a calendar link',
    created: 'Calendar link created',
    urlLabel: 'Calendar link',
    shownOnce: 'Copy it now: it is shown only once. Add it in your calendar app as a subscription (“From URL”).',
    feeds: 'Your calendar links',
    feedCreated: 'Created {{date}}',
    none: 'No calendar links yet.',
    feedScopes: { user: 'Your tasks and cues', event: 'One event' },
    event: {
      open: 'Calendar link',
      title: 'Subscribe to this event',
      description: 'Every task and cue of “{{name}}” in Google Calendar, Apple Calendar or Outlook, in the event’s time zone. The link is secret: anyone who has it sees this schedule. It stops working when you lose access to the event.',
      create: 'Create a link for this event',
    },
    feedsHint: 'A link’s secret address is shown only once, when it is made. Revoke the links you no longer use.',
    loadError: 'Could not load your calendar links.',
    revokeLabel: 'Revoke the calendar link created {{date}}',
    revoke: 'Revoke',
    revokeTitle: 'Revoke this calendar link?',
    revokeBody: 'Calendars subscribed to it stop updating.',
    revoked: 'Calendar link revoked',
  },
} as const;

export type CalendarResources = DeepStrings<typeof calendarEn>;
