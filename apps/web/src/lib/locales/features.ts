import { accountEn } from './account.en';
import { accountId } from './account.id';
import { auditEn } from './audit.en';
import { auditId } from './audit.id';
import { authEn } from './auth.en';
import { authId } from './auth.id';
import { budgetsEn } from './budgets.en';
import { budgetsId } from './budgets.id';
import { calendarEn } from './calendar.en';
import { calendarId } from './calendar.id';
import { commonEn } from './common.en';
import { commonId } from './common.id';
import { eventsEn } from './events.en';
import { eventsId } from './events.id';
import { invitationsEn } from './invitations.en';
import { invitationsId } from './invitations.id';
import { locationsEn } from './locations.en';
import { locationsId } from './locations.id';
import { membersEn } from './members.en';
import { membersId } from './members.id';
import { notificationsEn } from './notifications.en';
import { notificationsId } from './notifications.id';
import { organizationsEn } from './organizations.en';
import { organizationsId } from './organizations.id';
import { portalEn } from './portal.en';
import { portalId } from './portal.id';
import { rundownEn } from './rundown.en';
import { rundownId } from './rundown.id';
import { securityEn } from './security.en';
import { securityId } from './security.id';
import { shellEn } from './shell.en';
import { shellId } from './shell.id';
import { timelineEn } from './timeline.en';
import { timelineId } from './timeline.id';
import { vendorsEn } from './vendors.en';
import { vendorsId } from './vendors.id';
import type { Merged } from './types';

/**
 * Every feature's strings, one entry per feature: `<feature>.en.ts` exports `<feature>En`
 * (`as const`, with its `<Feature>Resources` type) and `<feature>.id.ts` exports `<feature>Id`
 * typed by it. A new feature adds its two files, their two imports and one line here
 * (alphabetical, so parallel additions merge cleanly); i18n.spec.ts then checks its keys.
 * A feature owns its top-level namespaces; two features never share one (checked too).
 */
export const localeFeatures = {
  account: { en: accountEn, id: accountId },
  audit: { en: auditEn, id: auditId },
  auth: { en: authEn, id: authId },
  budgets: { en: budgetsEn, id: budgetsId },
  calendar: { en: calendarEn, id: calendarId },
  common: { en: commonEn, id: commonId },
  events: { en: eventsEn, id: eventsId },
  invitations: { en: invitationsEn, id: invitationsId },
  locations: { en: locationsEn, id: locationsId },
  members: { en: membersEn, id: membersId },
  notifications: { en: notificationsEn, id: notificationsId },
  organizations: { en: organizationsEn, id: organizationsId },
  portal: { en: portalEn, id: portalId },
  rundown: { en: rundownEn, id: rundownId },
  security: { en: securityEn, id: securityId },
  shell: { en: shellEn, id: shellId },
  timeline: { en: timelineEn, id: timelineId },
  vendors: { en: vendorsEn, id: vendorsId },
} as const;

export type LocaleFeature = keyof typeof localeFeatures;

function merge<L extends 'en' | 'id'>(language: L): Merged<typeof localeFeatures, L> {
  const out: Record<string, unknown> = {};
  for (const feature of Object.values(localeFeatures)) Object.assign(out, feature[language]);
  return out as Merged<typeof localeFeatures, L>;
}

/** English resources: all features merged. */
export const en = merge('en');
/** Bahasa Indonesia resources (the default language for new visitors): all features merged. */
export const id = merge('id');
