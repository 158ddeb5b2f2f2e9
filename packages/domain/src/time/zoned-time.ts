/**
 * Wall-clock time in an IANA zone <-> UTC instants, with Intl only (no tz database of our own).
 * A "local" value is `YYYY-MM-DDTHH:mm`, what <input type="datetime-local"> speaks.
 */
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/** UTC instant → wall-clock `YYYY-MM-DDTHH:mm` in `timeZone`. */
export function toZonedLocal(iso: string, timeZone: string): string {
  const instant = Date.parse(iso);
  const shifted = new Date(instant + zoneOffsetMinutes(instant, timeZone) * 60000);
  return shifted.toISOString().slice(0, 16);
}

/**
 * Wall-clock `YYYY-MM-DDTHH:mm` in `timeZone` → UTC ISO string. In a DST gap the later
 * offset wins; in an overlap, the earlier instant. Returns null for malformed input.
 */
export function fromZonedLocal(local: string, timeZone: string): string | null {
  const m = LOCAL_RE.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(wall)) return null;
  const first = wall - zoneOffsetMinutes(wall, timeZone) * 60000;
  const second = wall - zoneOffsetMinutes(first, timeZone) * 60000;
  const candidates = [first, second].filter((t) => toZonedLocal(new Date(t).toISOString(), timeZone) === local);
  const chosen = candidates.length > 0 ? Math.min(...candidates) : Math.max(first, second);
  return new Date(chosen).toISOString();
}
