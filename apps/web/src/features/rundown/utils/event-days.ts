import { fromZonedLocal, toZonedLocal } from '@rundown/domain';

const MAX_DAYS = 62;

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The calendar days an event covers in its own zone (YYYY-MM-DD), first to last, capped at 62. */
export function eventDays(startAt: string, endAt: string, timeZone: string): string[] {
  const first = toZonedLocal(startAt, timeZone).slice(0, 10);
  const last = toZonedLocal(endAt, timeZone).slice(0, 10);
  const days: string[] = [];
  for (let day = first; day <= last && days.length < MAX_DAYS; day = addDays(day, 1)) days.push(day);
  return days.length > 0 ? days : [first];
}

/** A sensible start for a new day's rundown: the event's start time on its first day, else 09:00. */
export function defaultDayStart(day: string, eventStartAt: string, timeZone: string): string {
  const local = toZonedLocal(eventStartAt, timeZone);
  const time = local.slice(0, 10) === day ? local.slice(11, 16) : '09:00';
  return fromZonedLocal(`${day}T${time}`, timeZone) ?? `${day}T09:00:00Z`;
}

/** "HH:mm" of a wall-clock time on `day` in the zone → an instant, or null. */
export function dayTimeToInstant(day: string, time: string, timeZone: string): string | null {
  if (!/^\d{2}:\d{2}$/.test(time)) return null;
  return fromZonedLocal(`${day}T${time}`, timeZone);
}
