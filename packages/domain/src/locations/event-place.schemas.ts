import { z } from 'zod';
import { MAX_PAGE_SIZE, pageQuerySchema } from '../common/pagination.js';
import { idSchema, isoDateTimeSchema, optionalText } from '../common/primitives.js';

export const EVENT_PLACE_ROLES = ['main_venue', 'shoot', 'holding', 'parking', 'basecamp', 'warehouse'] as const;
export const eventPlaceRoleSchema = z.enum(EVENT_PLACE_ROLES);
export type EventPlaceRole = z.infer<typeof eventPlaceRoleSchema>;

/** Tentative holds queue by rank (1st, 2nd…); a confirmed hold is a booking; a released one holds nothing. */
export const HOLD_STATUSES = ['tentative', 'confirmed', 'released'] as const;
export const holdStatusSchema = z.enum(HOLD_STATUSES);
export type HoldStatus = z.infer<typeof holdStatusSchema>;

/** A half-open time window [startAt, endAt), as PostgreSQL's tstzrange keeps it. */
export const windowSchema = z
  .object({ startAt: isoDateTimeSchema, endAt: isoDateTimeSchema })
  .refine((w) => Date.parse(w.endAt) > Date.parse(w.startAt), { message: 'End must be after start', path: ['endAt'] });
export type TimeWindow = z.infer<typeof windowSchema>;

/** Another hold of the same space whose time overlaps this one's. */
export const holdOverlapSchema = z.object({
  placeId: idSchema,
  eventId: idSchema,
  eventName: z.string(),
  holdStatus: holdStatusSchema,
  holdRank: z.number().int().nullable(),
  startAt: isoDateTimeSchema,
  endAt: isoDateTimeSchema,
});
export type HoldOverlap = z.infer<typeof holdOverlapSchema>;

export const eventPlaceSchema = z
  .object({
    id: idSchema,
    eventId: idSchema,
    locationId: idSchema,
    locationName: z.string(),
    address: z.string(),
    mapUrl: z.string(),
    timeZone: z.string(),
    spaceId: idSchema.nullable(),
    spaceName: z.string().nullable(),
    role: eventPlaceRoleSchema,
    startAt: isoDateTimeSchema,
    endAt: isoDateTimeSchema,
    loadIn: windowSchema.nullable(),
    loadOut: windowSchema.nullable(),
    holdStatus: holdStatusSchema,
    holdRank: z.number().int().nullable(),
    notes: z.string().nullable(),
    budgetLineId: idSchema.nullable(),
    /** Live holds of the same space that overlap this one (what the warnings are about). */
    overlaps: z.array(holdOverlapSchema),
    version: z.number().int(),
  })
  .meta({ id: 'EventPlace' });
export type EventPlace = z.infer<typeof eventPlaceSchema>;


const placeFields = z.object({
  locationId: idSchema,
  spaceId: idSchema.nullable(),
  role: eventPlaceRoleSchema,
  startAt: isoDateTimeSchema,
  endAt: isoDateTimeSchema,
  loadIn: windowSchema.nullable(),
  loadOut: windowSchema.nullable(),
  holdStatus: holdStatusSchema,
  holdRank: z.number().int().min(1).max(99).nullable(),
  notes: optionalText(5000),
  budgetLineId: idSchema.nullable(),
});

/** Confirming over earlier tentative holds of others ("jumping the queue") must be asked for explicitly. */
const jumpQueue = z.boolean().optional();

const holdIssues = (v: { startAt?: string; endAt?: string; loadIn?: TimeWindow | null; loadOut?: TimeWindow | null }, ctx: z.RefinementCtx) => {
  if (v.startAt && v.endAt && Date.parse(v.endAt) <= Date.parse(v.startAt)) ctx.addIssue({ code: 'custom', message: 'End must be after start', path: ['endAt'] });
  if (v.startAt && v.endAt) {
    const hold = { startAt: v.startAt, endAt: v.endAt };
    if (v.loadIn && !windowInside(v.loadIn, hold)) ctx.addIssue({ code: 'custom', message: 'Load-in must lie inside the hold', path: ['loadIn'] });
    if (v.loadOut && !windowInside(v.loadOut, hold)) ctx.addIssue({ code: 'custom', message: 'Load-out must lie inside the hold', path: ['loadOut'] });
  }
};

export const createEventPlaceSchema = placeFields
  .partial()
  .extend({
    locationId: idSchema,
    role: eventPlaceRoleSchema,
    startAt: isoDateTimeSchema,
    endAt: isoDateTimeSchema,
    holdStatus: holdStatusSchema.default('tentative'),
    jumpQueue,
  })
  .superRefine(holdIssues);
export type CreateEventPlaceInput = z.infer<typeof createEventPlaceSchema>;

export const updateEventPlaceSchema = placeFields
  .omit({ locationId: true })
  .partial()
  .extend({ jumpQueue })
  .refine((v) => Object.keys(v).some((k) => k !== 'jumpQueue'), { message: 'Nothing to update' })
  .superRefine(holdIssues);
export type UpdateEventPlaceInput = z.infer<typeof updateEventPlaceSchema>;

export const eventPlaceListQuerySchema = pageQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});

/** Where a place is used: one row per hold, for the place's page. */
export const locationUsageSchema = z
  .object({
    placeId: idSchema,
    eventId: idSchema,
    eventName: z.string(),
    eventTimeZone: z.string(),
    role: eventPlaceRoleSchema,
    spaceName: z.string().nullable(),
    startAt: isoDateTimeSchema,
    endAt: isoDateTimeSchema,
    holdStatus: holdStatusSchema,
    holdRank: z.number().int().nullable(),
  })
  .meta({ id: 'LocationUsage' });
export type LocationUsage = z.infer<typeof locationUsageSchema>;

export const locationUsageQuerySchema = pageQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
  /** Released holds are left out unless asked for. */
  includeReleased: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

// ---- The hold rules, shared by the API and the form -------------------------------------

export type Hold = {
  id: string;
  spaceId: string | null;
  startAt: string;
  endAt: string;
  status: HoldStatus;
  rank: number | null;
};

/** Whether a window lies within the hold (both half-open; an equal end is inside). */
export function windowInside(window: TimeWindow, hold: TimeWindow): boolean {
  const ws = Date.parse(window.startAt);
  const we = Date.parse(window.endAt);
  return we > ws && ws >= Date.parse(hold.startAt) && we <= Date.parse(hold.endAt);
}

/**
 * Two holds compete when they are of one space, neither is released, and their half-open
 * windows share an instant (a hold ending at 18:00 and one starting at 18:00 do not).
 */
export function holdsCompete(a: Hold, b: Hold): boolean {
  if (a.id === b.id || a.spaceId === null || a.spaceId !== b.spaceId) return false;
  if (a.status === 'released' || b.status === 'released') return false;
  return Date.parse(a.startAt) < Date.parse(b.endAt) && Date.parse(b.startAt) < Date.parse(a.endAt);
}

export type HoldAssessment = {
  /** Confirmed holds this confirmed hold would double-book: refused (the database enforces it). */
  doubleBookings: Hold[];
  /** Confirmed holds this tentative hold sits under: allowed, with a warning. */
  underConfirmed: Hold[];
  /** Earlier tentative holds this confirmation would overtake: asked for explicitly. */
  queueAhead: Hold[];
};

/** What the rules say about `hold` among `others`. */
export function assessHold(hold: Hold, others: readonly Hold[]): HoldAssessment {
  const competing = others.filter((o) => holdsCompete(hold, o));
  const confirmed = competing.filter((o) => o.status === 'confirmed');
  const myRank = hold.rank ?? Number.POSITIVE_INFINITY;
  return {
    doubleBookings: hold.status === 'confirmed' ? confirmed : [],
    underConfirmed: hold.status === 'tentative' ? confirmed : [],
    queueAhead: hold.status === 'confirmed' ? competing.filter((o) => o.status === 'tentative' && (o.rank ?? Number.POSITIVE_INFINITY) < myRank) : [],
  };
}

/** The rank a new tentative hold takes: after every live tentative hold it competes with. */
export function nextTentativeRank(hold: Omit<Hold, 'rank' | 'status'>, others: readonly Hold[]): number {
  const ranks = others
    .filter((o) => o.status === 'tentative' && holdsCompete({ ...hold, status: 'tentative', rank: null }, o))
    .map((o) => o.rank ?? 0);
  return ranks.length === 0 ? 1 : Math.max(...ranks) + 1;
}
