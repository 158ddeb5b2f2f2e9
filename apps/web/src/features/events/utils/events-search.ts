import { eventSortSchema, eventStatusSchema, fromZonedLocal } from '@rundown/domain';
import { z } from 'zod';
import type { EventListFilters } from '../api/keys';

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The events list's URL search params. Invalid values are dropped rather than failing the page. */
export const eventsSearchSchema = z.object({
  status: z.array(eventStatusSchema).min(1).optional().catch(undefined),
  from: dateSchema.optional().catch(undefined),
  to: dateSchema.optional().catch(undefined),
  q: z.string().trim().min(1).max(200).optional().catch(undefined),
  sort: eventSortSchema.optional().catch(undefined),
  order: z.enum(['asc', 'desc']).optional().catch(undefined),
  /** Opens the "New event" dialog (used by the command palette). */
  new: z.boolean().optional().catch(undefined),
});
export type EventsSearch = z.infer<typeof eventsSearchSchema>;

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** URL search → API filters. Calendar dates are whole days in the organization's time zone. */
export function toListFilters(search: EventsSearch, timeZone: string): EventListFilters {
  const from = search.from ? fromZonedLocal(`${search.from}T00:00`, timeZone) : null;
  const endExclusive = search.to ? fromZonedLocal(`${nextDay(search.to)}T00:00`, timeZone) : null;
  return {
    status: search.status,
    from: from ?? undefined,
    to: endExclusive ? new Date(Date.parse(endExclusive) - 1).toISOString() : undefined,
    q: search.q,
    sort: search.sort ?? 'startAt',
    order: search.order ?? 'asc',
  };
}

export function hasActiveFilters(search: EventsSearch): boolean {
  return Boolean(search.status?.length || search.from || search.to || search.q);
}
