import type { Rundown } from '@rundown/domain';

/** Rundown keys start with the organization and name the event day. */
export const rundownKeys = {
  all: (orgId: string) => ['orgs', orgId, 'rundown'] as const,
  day: (orgId: string, eventId: string, day: string) => [...rundownKeys.all(orgId), eventId, day] as const,
};

/**
 * What the cache keeps when a state of the day arrives (a mutation's answer or the live stream):
 * the newer one. Answers and stream messages can arrive out of order; an older one must not roll
 * the screen back.
 */
export const newerRundown = (cached: Rundown | null | undefined, arrived: Rundown): Rundown =>
  cached && cached.version > arrived.version ? cached : arrived;
