import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, optionalText, text } from '../common/primitives.js';

/** A show day (YYYY-MM-DD): the domain's bounded calendar day. */
export const isoDaySchema = isoDateSchema;

export const cueSchema = z
  .object({
    id: idSchema,
    position: z.number().int(),
    title: z.string(),
    durationSeconds: z.number().int(),
    owner: z.string().nullable(),
    /** The member responsible for the cue: it appears in their calendar feed. */
    assigneeId: idSchema.nullable(),
    assigneeName: z.string().nullable(),
    notes: z.string().nullable(),
    script: z.string().nullable(),
    audio: z.string().nullable(),
    video: z.string().nullable(),
    lights: z.string().nullable(),
    /** Computed: the day's start plus the durations of every cue before this one. */
    plannedStart: isoDateTimeSchema,
    version: z.number().int(),
  })
  .meta({ id: 'Cue' });
export type Cue = z.infer<typeof cueSchema>;

const cueFields = z.object({
  title: text(200),
  durationSeconds: z.number().int().min(0).max(24 * 3600),
  owner: optionalText(120),
  assigneeId: idSchema.nullable(),
  notes: optionalText(2000),
  script: optionalText(10000),
  audio: optionalText(500),
  video: optionalText(500),
  lights: optionalText(500),
});
export const createCueSchema = cueFields.partial().extend({ title: text(200), durationSeconds: z.number().int().min(0).max(24 * 3600), position: z.number().int().min(0).optional() });
export const updateCueSchema = cueFields.partial().refine((v) => Object.keys(v).length > 0, { message: 'Nothing to update' });
export const moveCueSchema = z.object({ position: z.number().int().min(0) });

export const liveStateSchema = z
  .object({
    startedAt: isoDateTimeSchema.nullable(),
    endedAt: isoDateTimeSchema.nullable(),
    currentCueId: idSchema.nullable(),
    currentCueStartedAt: isoDateTimeSchema.nullable(),
    /** The server's clock when this state was read, so clients can tick without drifting. */
    serverTime: isoDateTimeSchema,
  })
  .meta({ id: 'LiveState' });
export type LiveState = z.infer<typeof liveStateSchema>;

export const rundownSchema = z
  .object({ day: isoDaySchema, startsAt: isoDateTimeSchema, timeZone: z.string(), cues: z.array(cueSchema), live: liveStateSchema, version: z.number().int() })
  .meta({ id: 'Rundown' });
export type Rundown = z.infer<typeof rundownSchema>;

export const setRundownDaySchema = z.object({ startsAt: isoDateTimeSchema });
export const liveActionSchema = z.object({ action: z.enum(['start', 'next', 'previous', 'stop', 'reset']) });

/** Planned start of every cue: back to back from the day's start. */
export function plannedStarts(dayStart: string, durations: readonly number[]): string[] {
  let at = Date.parse(dayStart);
  return durations.map((seconds) => {
    const start = new Date(at).toISOString();
    at += seconds * 1000;
    return start;
  });
}

/**
 * Where the live show stands at `now`: the current and next cue, and how far behind (+) or
 * ahead (−) of plan it runs. The drift is the current cue's actual start minus its planned
 * start, plus any overrun of the current cue beyond its planned duration.
 */
export function liveStatus(
  cues: readonly { id: string; plannedStart: string; durationSeconds: number }[],
  live: { currentCueId: string | null; currentCueStartedAt: string | null },
  now: number,
): { currentIndex: number | null; nextIndex: number | null; driftSeconds: number; remainingSeconds: number | null } {
  const index = live.currentCueId ? cues.findIndex((c) => c.id === live.currentCueId) : -1;
  if (index < 0 || !live.currentCueStartedAt) return { currentIndex: null, nextIndex: cues.length > 0 ? 0 : null, driftSeconds: 0, remainingSeconds: null };
  const cue = cues[index]!;
  const startedAt = Date.parse(live.currentCueStartedAt);
  const lateStart = Math.round((startedAt - Date.parse(cue.plannedStart)) / 1000);
  const elapsed = Math.max(0, Math.floor((now - startedAt) / 1000));
  const overrun = Math.max(0, elapsed - cue.durationSeconds);
  return {
    currentIndex: index,
    nextIndex: index + 1 < cues.length ? index + 1 : null,
    driftSeconds: lateStart + overrun,
    remainingSeconds: cue.durationSeconds - elapsed,
  };
}

/** Moves the item at `from` to `to` and returns the new order (positions are indexes). */
export function reorder<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  const [item] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item!);
  return out;
}
