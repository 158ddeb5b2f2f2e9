import { CURRENCY_CODES, formatMoney as domainFormatMoney } from '@rundown/domain';
import { describe, expect, it } from 'vitest';
import { afterEach, beforeEach } from 'vitest';
import {
  formatCalendarDay,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDuration,
  formatMoney,
  formatMoneyInLocale,
  formatTime,
  formatWeekdayDate,
  formatZone,
  setHourCyclePreference,
  timeZoneOffsetLabel,
} from './format';

describe('formatMoney', () => {
  it('shows rupiah the Indonesian way', () => {
    expect(formatMoney('1250000', 'IDR', 'id')).toBe('Rp 1.250.000');
    expect(formatMoney(1250000n, 'IDR', 'id')).toBe('Rp 1.250.000');
  });

  it('uses minor units and the currency exponent', () => {
    expect(formatMoney('123456', 'USD', 'en')).toBe('$1,234.56');
    expect(formatMoney('-5', 'USD', 'en')).toBe('−$0.05');
    expect(formatMoney('-5000', 'IDR', 'id')).toBe('−Rp 5.000');
  });

  it('stays exact beyond 2^53', () => {
    expect(formatMoney('90071992547409931', 'IDR', 'id')).toBe('Rp 90.071.992.547.409.931');
  });

  it("writes what the domain's formatMoney writes, with one formatter per locale and currency", () => {
    const amounts = ['0', '1', '-1', '5', '-5', '100', '123456', '-123456', '1250000', '90071992547409931', '-90071992547409931'];
    for (const locale of ['id-ID', 'en-US']) {
      for (const currency of CURRENCY_CODES) {
        for (const amount of amounts) expect(formatMoneyInLocale(amount, currency, locale)).toBe(domainFormatMoney(amount, currency, locale));
      }
    }
  });
});

describe('dates in the event time zone', () => {
  // 2026-03-12T12:00Z is 19:00 in Jakarta (UTC+7) and 20:00 in Makassar (UTC+8).
  const iso = '2026-03-12T12:00:00.000Z';
  beforeEach(() => setHourCyclePreference('h23'));
  afterEach(() => setHourCyclePreference('h23'));

  it('writes Indonesian 24-hour with a dot, and English 24-hour by default', () => {
    expect(formatDateTime(iso, 'Asia/Jakarta', 'id')).toBe('12 Mar 2026, 19.00');
    expect(formatDateTime(iso, 'Asia/Makassar', 'en')).toBe('12 Mar 2026, 20:00');
    expect(formatDate('2026-12-25T05:00:00Z', 'Asia/Jakarta', 'id')).toBe('25 Des 2026');
    expect(formatDate('2026-12-25T05:00:00Z', 'Asia/Jakarta', 'en')).toBe('25 Dec 2026');
  });

  it("uses 12-hour in English only when the person chose it; Indonesian stays 24-hour", () => {
    setHourCyclePreference('h12');
    expect(formatTime(iso, 'Asia/Jakarta', 'en')).toBe('7:00 PM');
    expect(formatTime('2026-03-12T17:05:00Z', 'Asia/Jakarta', 'en')).toBe('12:05 AM');
    expect(formatTime(iso, 'Asia/Jakarta', 'id')).toBe('19.00');
  });

  it('collapses a multi-day range and keeps times for a one-day range', () => {
    expect(formatDateRange('2026-03-12T02:00:00Z', '2026-03-14T12:00:00Z', 'Asia/Jakarta', 'id')).toBe('12–14 Mar 2026');
    expect(formatDateRange('2026-03-12T02:00:00Z', '2026-03-12T12:00:00Z', 'Asia/Jakarta', 'id')).toBe('12 Mar 2026, 09.00–19.00');
    expect(formatDateRange('2026-11-30T02:00:00Z', '2026-12-02T12:00:00Z', 'Asia/Jakarta', 'id')).toBe('30 Nov – 2 Des 2026');
  });

  it('decides "same day" in the event zone, not UTC', () => {
    // 16:30Z and 17:30Z are 23:30 and 00:30 in Jakarta: two days there, one day in UTC.
    expect(formatDateRange('2026-03-12T16:30:00Z', '2026-03-12T17:30:00Z', 'Asia/Jakarta', 'en')).toBe('12–13 Mar 2026');
  });

  it('names zones one way: WIB/WITA/WIT in Indonesian, with the offset in English, else the offset', () => {
    expect(formatZone('Asia/Jakarta', 'id', iso)).toBe('WIB');
    expect(formatZone('Asia/Makassar', 'id', iso)).toBe('WITA');
    expect(formatZone('Asia/Jayapura', 'id', iso)).toBe('WIT');
    expect(formatZone('Asia/Jakarta', 'en', iso)).toBe('WIB (UTC+7)');
    expect(formatZone('Asia/Singapore', 'id', iso)).toBe('UTC+8');
    expect(formatDateTime(iso, 'Asia/Jakarta', 'en', { zone: true })).toBe('12 Mar 2026, 19:00 WIB (UTC+7)');
    expect(timeZoneOffsetLabel('Asia/Jakarta')).toBe('UTC+7');
  });

  it('writes weekdays and calendar days in the language', () => {
    expect(formatWeekdayDate('2026-12-19T05:00:00Z', 'Asia/Jakarta', 'id')).toBe('Sab, 19 Des');
    expect(formatCalendarDay('2026-12-19', 'en', { weekday: 'long' })).toBe('Saturday, 19 December 2026');
    expect(formatCalendarDay('2026-12-25', 'id')).toBe('25 Des 2026');
  });
});

describe('durations', () => {
  it('read as lengths of time, never as a clock', () => {
    expect(formatDuration(300, 'id')).toBe('5 mnt');
    expect(formatDuration(5400, 'id')).toBe('1 j 30 mnt');
    expect(formatDuration(300, 'en')).toBe('5 min');
    expect(formatDuration(5400, 'en')).toBe('1 h 30 min');
    expect(formatDuration(3600, 'en')).toBe('1 h');
    expect(formatDuration(0, 'id')).toBe('0 mnt');
    expect(formatDuration(45, 'en')).toBe('45 s');
    expect(formatDuration(270, 'en', { seconds: true })).toBe('4 min 30 s');
    expect(formatDuration(2 * 86400 + 3 * 3600, 'id')).toBe('2 hr 3 j');
    expect(formatDuration(-600, 'en')).toBe('−10 min');
  });
});
