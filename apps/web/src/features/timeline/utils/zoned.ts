/**
 * Fast wall-clock arithmetic in an IANA zone for the Gantt axis: one cached Intl formatter per
 * zone, so thousands of ticks and bars cost microseconds each. Instants are epoch milliseconds.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The wall clock in `timeZone` at `instant` (month 1–12). */
export function wallClock(instant: number, timeZone: string): WallClock {
  const out: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type in out) out[part.type as keyof WallClock] = Number(part.value);
  }
  return out;
}

/** Minutes the zone is ahead of UTC at `instant`. */
export function offsetMinutes(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/** The instant of a wall-clock time in `timeZone` (month 1–12; out-of-range days/months roll over like Date.UTC). */
export function instantOf(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - offsetMinutes(wall, timeZone) * 60000;
  const second = wall - offsetMinutes(first, timeZone) * 60000;
  return Math.min(first, second);
}

/** Local midnight (in `timeZone`) of the day containing `instant`. */
export function startOfLocalDay(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  return instantOf(w.year, w.month, w.day, 0, 0, timeZone);
}

export type CalendarUnit = 'day' | 'week' | 'month';

/**
 * Adds whole calendar units on the wall clock (the time of day is kept across DST changes);
 * months clamp the day of month (31 Jan + 1 month = 28/29 Feb).
 */
export function addUnits(instant: number, unit: CalendarUnit, n: number, timeZone: string): number {
  if (n === 0) return instant;
  const w = wallClock(instant, timeZone);
  if (unit === 'month') {
    const target = new Date(Date.UTC(w.year, w.month - 1 + n, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    return instantOf(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(w.day, lastDay), w.hour, w.minute, timeZone) + w.second * 1000;
  }
  const days = unit === 'week' ? 7 * n : n;
  return instantOf(w.year, w.month, w.day + days, w.hour, w.minute, timeZone) + w.second * 1000;
}
