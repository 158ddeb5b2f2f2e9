import { toZonedLocal } from '../time/zoned-time.js';

export type CalendarItem = {
  uid: string;
  title: string;
  description?: string | null;
  location?: string | null;
  start: string;
  end: string;
  timeZone: string;
  updatedAt: string;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
};

/**
 * A TEXT value per RFC 5545 §3.3.11: backslash, semicolon and comma escaped, every line break
 * (CRLF, a bare CR or a bare LF) written as `\n`, and the other control characters (which TEXT
 * may not hold) dropped, so no text can end a content line or start a property of its own.
 */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
}
const escape = escapeIcsText;

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (size + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utcStamp = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
/** Wall-clock time in the zone to the second (cues run to the second), e.g. 20261219T200130. */
const localStamp = (iso: string, zone: string) => {
  const seconds = String(new Date(iso).getUTCSeconds()).padStart(2, '0');
  return `${toZonedLocal(iso, zone).replace(/[-:]/g, '')}${seconds}`;
};

function offsetOf(iso: string, zone: string): string {
  const local = Date.parse(`${toZonedLocal(iso, zone)}:00Z`);
  const minutes = Math.round((local - Math.floor(Date.parse(iso) / 60000) * 60000) / 60000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/**
 * An iCalendar document. Times are written in each item's own time zone (TZID), with a
 * VTIMEZONE giving that zone's offset (Indonesian zones have no daylight saving).
 */
export function toIcs(name: string, items: readonly CalendarItem[], now = new Date().toISOString()): string {
  const zones = new Map<string, string>();
  for (const item of items) if (!zones.has(item.timeZone)) zones.set(item.timeZone, offsetOf(item.start, item.timeZone));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Rundown//Rundown//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escape(name)}`];
  for (const [zone, offset] of zones) {
    lines.push('BEGIN:VTIMEZONE', `TZID:${zone}`, 'BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD', 'END:VTIMEZONE');
  }
  for (const item of items) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.uid}`,
      `DTSTAMP:${utcStamp(now)}`,
      `LAST-MODIFIED:${utcStamp(item.updatedAt)}`,
      `DTSTART;TZID=${item.timeZone}:${localStamp(item.start, item.timeZone)}`,
      `DTEND;TZID=${item.timeZone}:${localStamp(item.end, item.timeZone)}`,
      `SUMMARY:${escape(item.title)}`,
    );
    if (item.location) lines.push(`LOCATION:${escape(item.location)}`);
    if (item.description) lines.push(`DESCRIPTION:${escape(item.description)}`);
    if (item.status) lines.push(`STATUS:${item.status}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
