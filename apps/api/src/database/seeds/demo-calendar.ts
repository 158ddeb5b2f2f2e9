import { toZonedLocal } from '@rundown/domain';

/**
 * The demo's dates are written as they stood on DEMO_WRITTEN_ON (the concert 17 days away, the
 * gala last week, the talk show wrapped). Seeding moves every one of them by the whole days
 * since, so a demo seeded on any day tells the same story: what is overdue, what is next.
 */
export const DEMO_WRITTEN_ON = '2026-12-02';
const DAY_MS = 86_400_000;

/** Today's date (YYYY-MM-DD) in the demo organization's time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return toZonedLocal(now.toISOString(), timeZone).slice(0, 10);
}

/** Whole days from DEMO_WRITTEN_ON to `today` (YYYY-MM-DD); negative before it. */
export function demoShiftDays(today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${DEMO_WRITTEN_ON}T00:00:00Z`)) / DAY_MS);
}

/**
 * A written date ('2026-12-19') or date-time with its offset ('2026-12-19T19:00:00+07:00') moved
 * by whole days, keeping the wall-clock time and the offset (the demo's zones have no DST).
 */
export function shiftDemoDate(value: string, days: number): string {
  const date = new Date(Date.parse(`${value.slice(0, 10)}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
  return date + value.slice(10);
}
