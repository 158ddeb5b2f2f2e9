import { addUnits, startOfLocalDay, wallClock, instantOf, type CalendarUnit } from './zoned';

export const ZOOMS = ['day', 'week', 'month'] as const;
export type Zoom = (typeof ZOOMS)[number];

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Pixels per day at each zoom: a day column, a week column, a month column. */
export const PX_PER_DAY: Record<Zoom, number> = { day: 144, week: 32, month: 8 };
/** Where a drag lands: 15 minutes when zoomed to days, an hour for weeks, a day for months. */
export const SNAP_MINUTES: Record<Zoom, number> = { day: 15, week: 60, month: 1440 };
/** Empty time shown before the first and after the last task. */
const PADDING_DAYS: Record<Zoom, number> = { day: 3, week: 14, month: 60 };

export type Scale = {
  zoom: Zoom;
  timeZone: string;
  /** Epoch ms at x = 0 (a local midnight). */
  origin: number;
  /** Epoch ms at x = width. */
  end: number;
  pxPerMs: number;
  width: number;
};

/** A time axis covering [from, to] with padding, starting at a local midnight, at least `minWidth` pixels wide. */
export function createScale(zoom: Zoom, from: number, to: number, timeZone: string, minWidth = 0): Scale {
  const pad = PADDING_DAYS[zoom] * DAY_MS;
  const origin = startOfLocalDay(Math.min(from, to) - pad, timeZone);
  const pxPerMs = PX_PER_DAY[zoom] / DAY_MS;
  // Room after the last task for a whole screen, so it can be scrolled to the left edge.
  const last = Math.max(from, to);
  const end = Math.max(last + pad, last + minWidth / pxPerMs, origin + minWidth / pxPerMs);
  return { zoom, timeZone, origin, end, pxPerMs, width: Math.ceil((end - origin) * pxPerMs) };
}

export const xOf = (scale: Scale, instant: number): number => (instant - scale.origin) * scale.pxPerMs;
export const timeAt = (scale: Scale, x: number): number => scale.origin + x / scale.pxPerMs;

/** A pixel distance dragged → a time delta rounded to the zoom's snap. */
export function snapDelta(scale: Scale, dx: number): number {
  const step = SNAP_MINUTES[scale.zoom] * MINUTE_MS;
  return Math.round(dx / scale.pxPerMs / step) * step;
}

/** The calendar unit one keyboard step moves by at each zoom. */
export const STEP_UNIT: Record<Zoom, CalendarUnit> = { day: 'day', week: 'week', month: 'month' };

export type Band = { key: string; start: number; x: number; width: number; label: string; weekend?: boolean };

const labelFormats = new Map<string, Intl.DateTimeFormat>();
function labelFormat(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = labelFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    labelFormats.set(key, f);
  }
  return f;
}

type Unit = 'day' | 'week' | 'month' | 'year';

/** The start of the unit containing `instant` (weeks start on Monday, as in Indonesia). */
function unitStart(instant: number, unit: Unit, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  if (unit === 'day') return instantOf(w.year, w.month, w.day, 0, 0, timeZone);
  if (unit === 'month') return instantOf(w.year, w.month, 1, 0, 0, timeZone);
  if (unit === 'year') return instantOf(w.year, 1, 1, 0, 0, timeZone);
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay(); // 0 = Sunday
  const back = (weekday + 6) % 7;
  return instantOf(w.year, w.month, w.day - back, 0, 0, timeZone);
}

function nextUnit(start: number, unit: Unit, timeZone: string): number {
  if (unit === 'year') return addUnits(start, 'month', 12, timeZone);
  return addUnits(start, unit, 1, timeZone);
}

function bands(scale: Scale, unit: Unit, from: number, to: number, label: (start: number) => string, weekendMark = false): Band[] {
  const out: Band[] = [];
  let start = unitStart(Math.max(from, scale.origin), unit, scale.timeZone);
  const until = Math.min(to, scale.end);
  // A guard against a pathological zone: never more than a few thousand bands.
  for (let i = 0; start < until && i < 5000; i++) {
    const next = nextUnit(start, unit, scale.timeZone);
    const x = xOf(scale, start);
    const band: Band = { key: `${unit}-${start}`, start, x, width: xOf(scale, next) - x, label: label(start) };
    if (weekendMark) {
      const w = wallClock(start + 12 * 3600_000, scale.timeZone);
      const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
      band.weekend = weekday === 0 || weekday === 6;
    }
    out.push(band);
    start = next;
  }
  return out;
}

/**
 * The two header rows for the visible time range [from, to]: days under months, weeks under
 * months, or months under years — labelled in the reader's language, in the event's zone.
 */
export function headerBands(scale: Scale, from: number, to: number, locale: string): { top: Band[]; bottom: Band[] } {
  const tz = scale.timeZone;
  const monthYear = labelFormat(locale, tz, { month: 'long', year: 'numeric' });
  if (scale.zoom === 'day') {
    const day = labelFormat(locale, tz, { weekday: 'short', day: 'numeric' });
    return {
      top: bands(scale, 'month', from, to, (s) => monthYear.format(s)),
      bottom: bands(scale, 'day', from, to, (s) => day.format(s), true),
    };
  }
  if (scale.zoom === 'week') {
    const dayMonth = labelFormat(locale, tz, { day: 'numeric', month: 'short' });
    return {
      top: bands(scale, 'month', from, to, (s) => monthYear.format(s)),
      bottom: bands(scale, 'week', from, to, (s) => dayMonth.format(s)),
    };
  }
  const year = labelFormat(locale, tz, { year: 'numeric' });
  const month = labelFormat(locale, tz, { month: 'short' });
  return {
    top: bands(scale, 'year', from, to, (s) => year.format(s)),
    bottom: bands(scale, 'month', from, to, (s) => month.format(s)),
  };
}
