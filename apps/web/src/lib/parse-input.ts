/**
 * What people type into the date, time and duration inputs, in either language, read into the
 * canonical values the app stores: `YYYY-MM-DD`, `HH:mm` (24-hour) and whole seconds.
 * Pure functions; the components in components/ui call them on blur and Enter.
 */

const MONTHS: ReadonlyArray<readonly string[]> = [
  ['jan', 'januari', 'january'],
  ['feb', 'februari', 'february', 'peb'],
  ['mar', 'maret', 'march'],
  ['apr', 'april'],
  ['mei', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['agu', 'agt', 'agustus', 'aug', 'august', 'agus'],
  ['sep', 'sept', 'september'],
  ['okt', 'oktober', 'oct', 'october'],
  ['nov', 'november', 'nop', 'nopember'],
  ['des', 'desember', 'dec', 'december'],
];

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((names) => names.includes(w));
  return i === -1 ? null : i + 1;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function validDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? null : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const fullYear = (y: string, reference: number) => (y.length <= 2 ? 2000 + Number(y) : Number(y)) || reference;

/**
 * "25 Des 2026", "25 December 2026", "Dec 25, 2026", "25/12/2026", "25-12-26", "25.12.2026",
 * "25/12" (this year), "2026-12-25" → "2026-12-25". Numbers are read day first (as in Indonesia
 * and most of the world); `12/25/2026`, which cannot be day first, is read month first.
 */
export function parseDateText(text: string, referenceYear = new Date().getFullYear()): string | null {
  const s = text.trim().replace(/,/g, ' ').replace(/\s+/g, ' ');
  if (!s) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4}))?$/.exec(s);
  if (m) {
    const year = m[3] ? fullYear(m[3], referenceYear) : referenceYear;
    return validDay(year, Number(m[2]), Number(m[1])) ?? validDay(year, Number(m[1]), Number(m[2]));
  }
  // Optional weekday in front ("Sab 19 Des 2026", "Saturday, 19 December").
  const words = s.split(' ');
  if (words.length > 2 && /^[a-z]+\.?$/i.test(words[0]!) && monthOf(words[0]!) === null) words.shift();
  m = /^(\d{1,2}) ([a-z]+\.?)(?: (\d{2}|\d{4}))?$/i.exec(words.join(' '));
  if (m) {
    const month = monthOf(m[2]!);
    return month === null ? null : validDay(m[3] ? fullYear(m[3], referenceYear) : referenceYear, month, Number(m[1]));
  }
  m = /^([a-z]+\.?) (\d{1,2})(?: (\d{2}|\d{4}))?$/i.exec(words.join(' '));
  if (m) {
    const month = monthOf(m[1]!);
    return month === null ? null : validDay(m[3] ? fullYear(m[3], referenceYear) : referenceYear, month, Number(m[2]));
  }
  return null;
}

/** "19.00", "19:00", "1900", "19", "7pm", "7:30 PM", "07.30" → "19:00" / "07:30". */
export function parseTimeText(text: string): string | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, '');
  if (!s) return null;
  const m = /^(\d{1,2})(?:[.:h]?(\d{2}))?(am|pm|a|p)?$/.exec(s);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  const half = m[3]?.[0];
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return `${pad(hour)}:${pad(minute)}`;
}

const UNIT_SECONDS: ReadonlyArray<{ re: RegExp; seconds: number }> = [
  { re: /^(d|hr|hari|day|days)$/, seconds: 86400 },
  { re: /^(h|j|jam|hour|hours|hrs)$/, seconds: 3600 },
  { re: /^(m|mnt|menit|min|mins|minute|minutes)$/, seconds: 60 },
  { re: /^(s|dtk|detik|sec|secs|second|seconds)$/, seconds: 1 },
];

/**
 * A length of time: "5" (minutes), "5 mnt", "1 j 30 mnt", "1h30", "1 h 30 min", "90m", "45 dtk",
 * and clock notation for people used to it: "4:30" (4 min 30 s), "1:02:00". Decimal hours
 * ("1,5 j", "1.5h") too. → whole seconds, or null.
 */
export function parseDurationText(text: string): number | null {
  const s = text.trim().toLowerCase();
  if (!s) return null;
  if (/^\d+$/.test(s)) return Number(s) * 60;
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(s);
  if (clock) {
    const [, h, mm, ss] = clock;
    if (Number(ss) >= 60 || (h !== undefined && Number(mm) >= 60)) return null;
    return Number(h ?? 0) * 3600 + Number(mm) * 60 + Number(ss);
  }
  const parts = [...s.matchAll(/(\d+(?:[.,]\d+)?)\s*([a-z]+)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('').replace(/\s/g, '') !== s.replace(/\s/g, '')) {
    // "1j30": a trailing bare number after hours means minutes.
    const m = /^(\d+)\s*(h|j|jam)\s*(\d{1,2})$/.exec(s);
    return m ? Number(m[1]) * 3600 + Number(m[3]) * 60 : null;
  }
  let total = 0;
  for (const [, amount, unit] of parts) {
    const u = UNIT_SECONDS.find((x) => x.re.test(unit!));
    if (!u) return null;
    total += Number(amount!.replace(',', '.')) * u.seconds;
  }
  return Math.round(total);
}
