import { currencyExponent, type CurrencyCode } from './currency.js';

/**
 * Reading amounts by what the text says, not by the reader's UI language.
 *
 * Accepted, in either language: `11.500.000`, `11,500,000`, `Rp 11.500.000`, `IDR 11500000`,
 * `12.000.000,00`, `1,250.50`, `11,5 jt`, `250 rb`, `1,2 M` (miliar), `1.5M` (million), `2 miliar`,
 * `-5.000`, `−5.000`, `(5.000)` (accounting negative), `1 500 000`, `1'500'000`.
 *
 * How separators are read:
 * - both `.` and `,` present: the last one is the decimal mark, the other groups thousands;
 * - one kind, repeated: grouping (`11.500.000`), and every group after the first has 3 digits;
 * - one kind, once: a decimal mark unless exactly 3 digits follow; with exactly 3 digits it groups
 *   thousands (`11.500` = 11 500), except before a word like `jt` where both readings are
 *   plausible (`1.250 jt`), which is `ambiguous`.
 * A bare `M`/`m` is miliar (10⁹) when the text is otherwise Indonesian (`Rp`, a decimal comma),
 * a million when otherwise English (`$`, a decimal point), and `ambiguous` when nothing says.
 */
export type AmountMeaning = 'thousands-group' | 'decimal' | 'miliar' | 'million';

export type AmountReading = { value: bigint; meaning: AmountMeaning };

export type AmountParse =
  | { status: 'ok'; value: bigint }
  | { status: 'ambiguous'; readings: readonly [AmountReading, AmountReading] }
  | { status: 'invalid'; reason: AmountInvalidReason };

/** `format`: not an amount; `precision`: more decimals than the scale allows (e.g. fractional rupiah); `range`: too large. */
export type AmountInvalidReason = 'empty' | 'format' | 'precision' | 'range';

/** Amounts beyond this many digits are refused (minor units travel as at most 18 digits). */
const MAX_ABS = 10n ** 18n - 1n;

const CURRENCY_HINTS: ReadonlyArray<{ re: RegExp; hint: Hint }> = [
  { re: /^(rp\.?|idr)/i, hint: 'id' },
  { re: /(rp\.?|idr)$/i, hint: 'id' },
  { re: /^(us\$|s\$|a\$|\$|usd|sgd|aud|eur|€|£|gbp|¥|jpy|rm|myr)/i, hint: 'en' },
  { re: /(usd|sgd|aud|eur|€|£|gbp|jpy|myr)$/i, hint: 'en' },
];

type Hint = 'id' | 'en' | null;

/** Words after the number: power of ten, and which language they belong to. */
const SUFFIXES: ReadonlyArray<{ re: RegExp; power: number; hint: Hint; bareM?: true }> = [
  { re: /^(rb|ribu|rebu)$/i, power: 3, hint: 'id' },
  { re: /^(k|thousand)$/i, power: 3, hint: 'en' },
  { re: /^(jt|juta)$/i, power: 6, hint: 'id' },
  { re: /^(mn|mln|mio|million|millions)$/i, power: 6, hint: 'en' },
  { re: /^(miliar|milyar|mlyr|mlr|myr)$/i, power: 9, hint: 'id' },
  { re: /^(bn|b|billion|billions)$/i, power: 9, hint: 'en' },
  { re: /^(t|triliun|trilyun|trillion)$/i, power: 12, hint: null },
  { re: /^m$/i, power: 0, hint: null, bareM: true },
];

function stripCurrency(text: string): { rest: string; hint: Hint } {
  let rest = text;
  let hint: Hint = null;
  for (const { re, hint: h } of CURRENCY_HINTS) {
    const m = re.exec(rest);
    if (m) {
      rest = (m.index === 0 ? rest.slice(m[0].length) : rest.slice(0, m.index)).trim();
      hint = h;
      break;
    }
  }
  return { rest, hint };
}

type Number_ = { digits: string; fraction: string; hint: Hint; ambiguousGroup: boolean };

/** What is known about how a whole file writes numbers (from `detectNumberFormat`). */
export type NumberFormatHint = { decimalMark?: '.' | ',' | null };

/** The number part: digits with separators → whole digits and fraction digits. */
function readNumber(body: string, decimalMark: '.' | ',' | null = null): Number_ | null {
  const compact = body.replace(/[\s'\u00a0\u202f]/g, (c, i: number) => (i > 0 ? '_' : ''));
  if (!/^\d[\d.,_]*$/.test(compact) || /[.,_]$/.test(compact)) return null;
  const spaced = compact.includes('_');
  if (spaced && !/^\d{1,3}(_\d{3})*([.,]\d+)?$/.test(compact)) return null;
  const s = compact.replace(/_/g, '');
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots === 0 && commas === 0) return { digits: s, fraction: '', hint: null, ambiguousGroup: false };
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole = '', fraction = '', extra] = s.split(decimal);
    if (extra !== undefined || !validGroups(whole.split(group))) return null;
    return { digits: whole.split(group).join(''), fraction, hint: decimal === ',' ? 'id' : 'en', ambiguousGroup: false };
  }
  const sep = dots > 0 ? '.' : ',';
  const pieces = s.split(sep);
  if (pieces.length > 2) {
    if (!validGroups(pieces)) return null;
    // Repeated dots group in Indonesian; repeated commas group in English.
    return { digits: pieces.join(''), fraction: '', hint: sep === '.' ? 'id' : 'en', ambiguousGroup: false };
  }
  const [whole = '', after = ''] = pieces;
  if (decimalMark !== null && after.length === 3 && !spaced) {
    // The file's other numbers settle it: "1.250" is 1250 where "," marks decimals, 1.25 where "." does.
    return sep === decimalMark
      ? { digits: whole, fraction: after, hint: null, ambiguousGroup: false }
      : { digits: whole + after, fraction: '', hint: null, ambiguousGroup: false };
  }
  if (after.length === 3 && !spaced && whole.length <= 3 && whole !== '0') {
    return { digits: whole + after, fraction: '', hint: null, ambiguousGroup: true };
  }
  return { digits: whole, fraction: after, hint: sep === ',' ? 'id' : 'en', ambiguousGroup: false };
}

function validGroups(groups: readonly string[]): boolean {
  const [first = '', ...rest] = groups;
  return /^\d{1,3}$/.test(first) && rest.every((g) => /^\d{3}$/.test(g));
}

/** whole.fraction × 10^power at `scale` decimals, or the reason it does not fit. */
function scaleValue(digits: string, fraction: string, power: number, scale: number): bigint | AmountInvalidReason {
  const raw = BigInt(digits + fraction || '0');
  const exp = power + scale - fraction.length;
  let value: bigint;
  if (exp >= 0) value = raw * 10n ** BigInt(exp);
  else {
    const div = 10n ** BigInt(-exp);
    if (raw % div !== 0n) return 'precision';
    value = raw / div;
  }
  return value > MAX_ABS ? 'range' : value;
}

/**
 * Reads an amount typed, pasted or imported in either language into an integer at `scale`
 * decimals (a currency's minor units: scale 0 for rupiah, 2 for dollars; 6 for rates).
 */
export function parseAmount(input: string, scale: number, format: NumberFormatHint = {}): AmountParse {
  let text = input.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (text === '') return { status: 'invalid', reason: 'empty' };
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (/^[-−–]/.test(text)) {
    negative = !negative;
    text = text.slice(1).trim();
  }
  const currency = stripCurrency(text);
  text = currency.rest;
  if (/^[-−–]/.test(text)) {
    negative = !negative;
    text = text.slice(1).trim();
  }
  const m = /^(.*?\d)\s*([a-zA-Z]+)\.?$/.exec(text);
  const word = m?.[2];
  const suffix = word === undefined ? undefined : SUFFIXES.find((s) => s.re.test(word));
  if (word !== undefined && !suffix) return { status: 'invalid', reason: 'format' };
  const number = readNumber(m && suffix ? m[1]! : text, format.decimalMark ?? null);
  if (!number) return { status: 'invalid', reason: 'format' };

  const hints = [currency.hint, number.ambiguousGroup ? null : number.hint].filter((h): h is 'id' | 'en' => h !== null);
  const hint: Hint = hints.length === 0 ? null : hints.every((h) => h === hints[0]) ? hints[0]! : null;

  const sign = (v: bigint) => (negative ? -v : v);
  const read = (digits: string, fraction: string, power: number): bigint | AmountInvalidReason => {
    const v = scaleValue(digits, fraction, power, scale);
    return typeof v === 'bigint' ? sign(v) : v;
  };

  // Readings of the number: as grouped thousands, or (with a word after it) also as a decimal.
  const numberReadings: Array<{ digits: string; fraction: string; meaning: AmountMeaning }> = [];
  if (number.ambiguousGroup) {
    numberReadings.push({ digits: number.digits, fraction: '', meaning: 'thousands-group' });
    if (suffix) numberReadings.push({ digits: number.digits.slice(0, -3), fraction: number.digits.slice(-3), meaning: 'decimal' });
  } else {
    numberReadings.push({ digits: number.digits, fraction: number.fraction, meaning: 'decimal' });
  }
  const powers: Array<{ power: number; meaning?: AmountMeaning }> = [];
  if (!suffix) powers.push({ power: 0 });
  else if (!suffix.bareM) powers.push({ power: suffix.power });
  else if (hint === 'id') powers.push({ power: 9, meaning: 'miliar' });
  else if (hint === 'en') powers.push({ power: 6, meaning: 'million' });
  else powers.push({ power: 9, meaning: 'miliar' }, { power: 6, meaning: 'million' });

  const readings: AmountReading[] = [];
  let failure: AmountInvalidReason | null = null;
  for (const n of numberReadings) {
    for (const p of powers) {
      const v = read(n.digits, n.fraction, p.power);
      if (typeof v === 'bigint') readings.push({ value: v, meaning: p.meaning ?? n.meaning });
      else failure ??= v;
    }
  }
  const distinct = readings.filter((r, i) => readings.findIndex((o) => o.value === r.value) === i);
  if (distinct.length === 0) return { status: 'invalid', reason: failure ?? 'format' };
  if (distinct.length === 1) return { status: 'ok', value: distinct[0]!.value };
  return { status: 'ambiguous', readings: [distinct[0]!, distinct[1]!] };
}

/** `parseAmount` in a currency's minor units: "Rp 11.500.000" → 11500000n for IDR; "$1,250.50" → 125050n for USD. */
export function parseMoneyAmount(input: string, currency: CurrencyCode, format: NumberFormatHint = {}): AmountParse {
  return parseAmount(input, currencyExponent(currency), format);
}

/** How a set of numbers (a CSV column, a pasted block) marks decimals, and an example that shows it. */
export type DetectedNumberFormat = { decimalMark: '.' | ',' | null; example: string | null };

/**
 * Which mark the numbers in `samples` use for decimals, decided by the ones that can only be read
 * one way (`1.234,5`, `12,5`, `1,250,000`, `12.50`); null when none says (`11.500`, `250`).
 * The most common verdict wins; `example` is the first sample that gave it.
 */
export function detectNumberFormat(samples: readonly string[]): DetectedNumberFormat {
  const votes = { '.': 0, ',': 0 };
  const examples: Record<'.' | ',', string | null> = { '.': null, ',': null };
  for (const raw of samples) {
    const s = raw.replace(/[^\d.,]/g, '');
    if (!/\d/.test(s)) continue;
    const dots = (s.match(/\./g) ?? []).length;
    const commas = (s.match(/,/g) ?? []).length;
    let mark: '.' | ',' | null = null;
    if (dots > 0 && commas > 0) mark = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    else if (dots > 1) mark = ',';
    else if (commas > 1) mark = '.';
    else if (dots === 1 || commas === 1) {
      const sep = dots === 1 ? '.' : ',';
      const after = s.split(sep)[1] ?? '';
      if (after.length !== 3) mark = sep;
    }
    if (mark) {
      votes[mark]++;
      examples[mark] ??= raw.trim();
    }
  }
  if (votes['.'] === 0 && votes[','] === 0) return { decimalMark: null, example: null };
  const mark = votes[','] > votes['.'] ? ',' : '.';
  return { decimalMark: mark, example: examples[mark] };
}
