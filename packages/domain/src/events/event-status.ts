import { z } from 'zod';

export const EVENT_STATUSES = ['planning', 'pre_production', 'production', 'wrap', 'closed'] as const;
export const eventStatusSchema = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof eventStatusSchema>;

/**
 * A production moves forward one stage at a time, may step back one stage (plans change),
 * and a closed production may only be reopened to wrap.
 */
export const EVENT_TRANSITIONS: Readonly<Record<EventStatus, readonly EventStatus[]>> = {
  planning: ['pre_production'],
  pre_production: ['planning', 'production'],
  production: ['pre_production', 'wrap'],
  wrap: ['production', 'closed'],
  closed: ['wrap'],
};

export function canTransition(from: EventStatus, to: EventStatus): boolean {
  return from === to || EVENT_TRANSITIONS[from].includes(to);
}
