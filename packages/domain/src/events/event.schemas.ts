import { z } from 'zod';
import { pageQuerySchema } from '../common/pagination.js';
import { idSchema, isoDateTimeSchema, optionalText, searchQuerySchema, text, timeZoneSchema } from '../common/primitives.js';
import { currencyCodeSchema } from '../money/currency.js';
import { eventScaleSchema } from '../locations/permit.schemas.js';
import { eventStatusSchema } from './event-status.js';

export const EVENT_KINDS = ['live_event', 'film', 'tv_media', 'corporate', 'other'] as const;
export const eventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof eventKindSchema>;

export const eventSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    kind: eventKindSchema,
    status: eventStatusSchema,
    startAt: isoDateTimeSchema,
    endAt: isoDateTimeSchema,
    timeZone: z.string(),
    venue: z.string().nullable(),
    client: z.string().nullable(),
    currency: currencyCodeSchema,
    notes: z.string().nullable(),
    /** Local, national or international: sets the statutory crowd-permit lead time (PP 60/2017). */
    scale: eventScaleSchema.nullable(),
    expectedAttendance: z.number().int().nullable(),
    version: z.number().int(),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
  })
  .meta({ id: 'Event' });
export type Event = z.infer<typeof eventSchema>;

const eventFields = z.object({
  name: text(200),
  kind: eventKindSchema,
  startAt: isoDateTimeSchema,
  endAt: isoDateTimeSchema,
  timeZone: timeZoneSchema,
  venue: optionalText(200),
  client: optionalText(200),
  currency: currencyCodeSchema,
  notes: optionalText(5000),
  scale: eventScaleSchema.nullish().transform((v) => v ?? null),
  expectedAttendance: z.number().int().min(0).max(100_000_000).nullish().transform((v) => v ?? null),
});

const endAfterStart = (v: { startAt?: string; endAt?: string }) =>
  !v.startAt || !v.endAt || Date.parse(v.endAt) >= Date.parse(v.startAt);
const endAfterStartIssue = { message: 'End must not be before start', path: ['endAt'] };

export const createEventSchema = eventFields
  .extend({ status: eventStatusSchema.default('planning') })
  .refine(endAfterStart, endAfterStartIssue);
export type CreateEventInput = z.infer<typeof createEventSchema>;

export const updateEventSchema = eventFields
  .extend({ status: eventStatusSchema })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' })
  .refine(endAfterStart, endAfterStartIssue);
export type UpdateEventInput = z.infer<typeof updateEventSchema>;

export const EVENT_SORT_FIELDS = ['startAt', 'name', 'status', 'createdAt'] as const;
export const eventSortSchema = z.enum(EVENT_SORT_FIELDS);
export type EventSort = z.infer<typeof eventSortSchema>;

export const eventListQuerySchema = pageQuerySchema.extend({
  status: z
    .union([eventStatusSchema, z.array(eventStatusSchema)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
  from: isoDateTimeSchema.optional(),
  to: isoDateTimeSchema.optional(),
  q: searchQuerySchema,
  sort: eventSortSchema.default('startAt'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type EventListQuery = z.infer<typeof eventListQuerySchema>;
