import { z } from 'zod';
import { MAX_PAGE_SIZE, pageQuerySchema } from '../common/pagination.js';
import { idSchema, isoDateSchema, isoDateTimeSchema, optionalText, str } from '../common/primitives.js';
import { fromZonedLocal, toZonedLocal } from '../time/zoned-time.js';

/** How far an event draws its public: PP 60/2017 sets the crowd-permit lead time by it. */
export const EVENT_SCALES = ['local', 'national', 'international'] as const;
export const eventScaleSchema = z.enum(EVENT_SCALES);
export type EventScale = z.infer<typeof eventScaleSchema>;

export const PERMIT_CATEGORIES = ['crowd', 'venue', 'local_government', 'shooting', 'fire_safety', 'health', 'foreign_talent', 'other'] as const;
export const permitCategorySchema = z.enum(PERMIT_CATEGORIES);
export type PermitCategory = z.infer<typeof permitCategorySchema>;

export const PERMIT_STATUSES = ['not_started', 'preparing', 'submitted', 'approved', 'rejected', 'expired'] as const;
export const permitStatusSchema = z.enum(PERMIT_STATUSES);
export type PermitStatus = z.infer<typeof permitStatusSchema>;

/** not started → preparing → submitted → approved / rejected; an approval expires; a refusal is prepared again. */
const TRANSITIONS: Record<PermitStatus, readonly PermitStatus[]> = {
  not_started: ['preparing', 'submitted'],
  preparing: ['not_started', 'submitted'],
  submitted: ['preparing', 'approved', 'rejected'],
  approved: ['expired', 'submitted'],
  rejected: ['preparing', 'submitted'],
  expired: ['preparing', 'submitted'],
};
export function canMovePermit(from: PermitStatus, to: PermitStatus): boolean {
  return from === to || TRANSITIONS[from].includes(to);
}

export const localizedTextSchema = z.object({ id: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const permitLeadTimeSchema = z.object({
  id: idSchema,
  /** null: every scale. */
  scale: eventScaleSchema.nullable(),
  leadDays: z.number().int(),
  /** The legal minimum this row may not go under (null where no law sets one). */
  statutoryDays: z.number().int().nullable(),
  effectiveFrom: isoDateSchema,
  source: z.string().nullable(),
});
export type PermitLeadTime = z.infer<typeof permitLeadTimeSchema>;

export const permitTypeSchema = z
  .object({
    id: idSchema,
    code: z.string(),
    category: permitCategorySchema,
    name: localizedTextSchema,
    issuer: z.string(),
    documents: z.array(localizedTextSchema),
    leadTimes: z.array(permitLeadTimeSchema),
    version: z.number().int(),
  })
  .meta({ id: 'PermitType' });
export type PermitType = z.infer<typeof permitTypeSchema>;

/** A new lead time from a date on: longer than the law's minimum, never shorter. */
export const createLeadTimeSchema = z.object({
  scale: eventScaleSchema.nullable(),
  leadDays: z.number().int().min(0).max(365),
  effectiveFrom: isoDateSchema,
  source: str().trim().max(300).nullish().transform((v) => v || null),
});
export type CreateLeadTimeInput = z.infer<typeof createLeadTimeSchema>;

export const PERMIT_URGENCIES = ['done', 'overdue', 'due_3', 'due_7', 'upcoming', 'unknown'] as const;
export const permitUrgencySchema = z.enum(PERMIT_URGENCIES);
export type PermitUrgency = z.infer<typeof permitUrgencySchema>;

export const permitSchema = z
  .object({
    id: idSchema,
    eventId: idSchema,
    eventName: z.string(),
    eventStartAt: isoDateTimeSchema,
    eventTimeZone: z.string(),
    eventScale: eventScaleSchema.nullable(),
    typeId: idSchema,
    typeCode: z.string(),
    typeName: localizedTextSchema,
    category: permitCategorySchema,
    placeId: idSchema.nullable(),
    placeName: z.string().nullable(),
    issuer: z.string().nullable(),
    number: z.string().nullable(),
    status: permitStatusSchema,
    /** Computed: the event's first day in its own zone, less the lead time in force on that day. */
    applyBy: isoDateSchema.nullable(),
    /** The instant the apply-by day ends in the event's zone. */
    deadlineAt: isoDateTimeSchema.nullable(),
    leadDays: z.number().int().nullable(),
    statutoryDays: z.number().int().nullable(),
    leadSource: z.string().nullable(),
    urgency: permitUrgencySchema,
    submittedOn: isoDateSchema.nullable(),
    approvedOn: isoDateSchema.nullable(),
    validFrom: isoDateSchema.nullable(),
    validUntil: isoDateSchema.nullable(),
    ownerId: idSchema.nullable(),
    ownerName: z.string().nullable(),
    budgetLineId: idSchema.nullable(),
    notes: z.string().nullable(),
    version: z.number().int(),
    createdAt: isoDateTimeSchema,
  })
  .meta({ id: 'Permit' });
export type Permit = z.infer<typeof permitSchema>;


const permitFields = z.object({
  typeId: idSchema,
  placeId: idSchema.nullable(),
  issuer: optionalText(300),
  number: optionalText(120),
  status: permitStatusSchema,
  submittedOn: isoDateSchema.nullable(),
  approvedOn: isoDateSchema.nullable(),
  validFrom: isoDateSchema.nullable(),
  validUntil: isoDateSchema.nullable(),
  ownerId: idSchema.nullable(),
  budgetLineId: idSchema.nullable(),
  notes: optionalText(5000),
});
const validityOrdered = (v: { validFrom?: string | null; validUntil?: string | null }) => !v.validFrom || !v.validUntil || v.validFrom <= v.validUntil;
const validityIssue = { message: 'Valid until must not be before valid from', path: ['validUntil'] };

export const createPermitSchema = permitFields
  .partial()
  .extend({ typeId: idSchema, status: permitStatusSchema.default('not_started') })
  .refine(validityOrdered, validityIssue);
export type CreatePermitInput = z.infer<typeof createPermitSchema>;

export const updatePermitSchema = permitFields
  .omit({ typeId: true })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' })
  .refine(validityOrdered, validityIssue);
export type UpdatePermitInput = z.infer<typeof updatePermitSchema>;

export const PERMIT_DUE_FILTERS = ['overdue', 'soon', 'open'] as const;
export const permitListQuerySchema = pageQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  eventId: idSchema.optional(),
  status: permitStatusSchema.optional(),
  category: permitCategorySchema.optional(),
  /** overdue: apply-by passed and not submitted; soon: due within 7 days; open: not yet submitted. */
  due: z.enum(PERMIT_DUE_FILTERS).optional(),
});
export type PermitListQuery = z.infer<typeof permitListQuerySchema>;

// ---- Apply-by, shared by the API, its SQL's tests and the dashboard -----------------------

/** `YYYY-MM-DD` plus `days` (negative to go back), by the calendar. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The lead time in force for an event of `scale` starting on `onDate`: per scale, the latest
 * row effective by then; a row for the event's own scale wins over one for every scale. With the
 * scale unknown, the longest of them (the earliest apply-by: never later than the law's).
 * The lead is never shorter than the row's statutory minimum.
 */
export function leadTimeFor(rows: readonly PermitLeadTime[], scale: EventScale | null, onDate: string): PermitLeadTime | null {
  const latest = new Map<EventScale | null, PermitLeadTime>();
  for (const row of rows) {
    if (row.effectiveFrom > onDate) continue;
    const seen = latest.get(row.scale);
    if (!seen || row.effectiveFrom > seen.effectiveFrom) latest.set(row.scale, row);
  }
  const lead = (r: PermitLeadTime) => Math.max(r.leadDays, r.statutoryDays ?? 0);
  const candidates = [...latest.values()].filter((r) => scale === null || r.scale === null || r.scale === scale);
  candidates.sort((a, b) => Number(scale !== null && b.scale === scale) - Number(scale !== null && a.scale === scale) || lead(b) - lead(a));
  const chosen = candidates[0];
  return chosen ? { ...chosen, leadDays: lead(chosen) } : null;
}

/** Apply-by for an event starting at `startAt` in `timeZone`: its local first day less `leadDays`, ending at local midnight. */
export function applyByDate(startAt: string, timeZone: string, leadDays: number): { applyBy: string; deadlineAt: string } {
  const firstDay = toZonedLocal(startAt, timeZone).slice(0, 10);
  const applyBy = addDays(firstDay, -leadDays);
  const deadlineAt = fromZonedLocal(`${addDays(applyBy, 1)}T00:00`, timeZone)!;
  return { applyBy, deadlineAt };
}

/** How pressing a permit is on `now`, counted in days of the event's zone. */
export function permitUrgency(status: PermitStatus, applyBy: string | null, now: Date, timeZone: string): PermitUrgency {
  if (status === 'submitted' || status === 'approved') return 'done';
  if (!applyBy) return 'unknown';
  const today = toZonedLocal(now.toISOString(), timeZone).slice(0, 10);
  const left = daysBetween(today, applyBy);
  if (left < 0) return 'overdue';
  if (left <= 3) return 'due_3';
  if (left <= 7) return 'due_7';
  return 'upcoming';
}
