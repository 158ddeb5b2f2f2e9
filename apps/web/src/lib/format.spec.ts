import { CURRENCY_CODES, formatMoney as domainFormatMoney } from '@rundown/domain';
import { describe, expect, it } from 'vitest';
import { formatDateRange, formatDateTime, formatMoney, formatMoneyInLocale, timeZoneOffsetLabel, timeZoneShortName } from './format';

describe('formatMoney', () => {
  it('shows rupiah the Indonesian way', () => {
    expect(formatMoney('1250000', 'IDR', 'id')).toBe('Rp 1.250.000');
    expect(formatMoney(1250000n, 'IDR', 'id')).toBe('Rp 1.250.000');
  });

  it('uses minor units and the currency exponent', () => {
    expect(formatMoney('123456', 'USD', 'en')).toBe('$1,234.56');
    expect(formatMoney('-5', 'USD', 'en')).toBe('-$0.05');
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

  it('formats a date and time in the given zone and language', () => {
    expect(formatDateTime(iso, 'Asia/Jakarta', 'id')).toBe('12 Mar 2026, 19.00');
    expect(formatDateTime(iso, 'Asia/Makassar', 'en')).toBe('Mar 12, 2026, 8:00 PM');
  });

  it('collapses a multi-day range and keeps times for a one-day range', () => {
    expect(formatDateRange('2026-03-12T02:00:00Z', '2026-03-14T12:00:00Z', 'Asia/Jakarta', 'id')).toBe('12–14 Mar 2026');
    expect(formatDateRange('2026-03-12T02:00:00Z', '2026-03-12T12:00:00Z', 'Asia/Jakarta', 'id')).toBe('12 Mar 2026 09.00–19.00');
  });

  it('decides "same day" in the event zone, not UTC', () => {
    // 16:30Z and 17:30Z are 23:30 and 00:30 in Jakarta: two days there, one day in UTC.
    expect(formatDateRange('2026-03-12T16:30:00Z', '2026-03-12T17:30:00Z', 'Asia/Jakarta', 'en')).toBe('Mar 12 – 13, 2026');
  });

  it('names zones the way Indonesians do', () => {
    expect(timeZoneShortName(iso, 'Asia/Jakarta', 'id')).toBe('WIB');
    expect(timeZoneShortName(iso, 'Asia/Makassar', 'id')).toBe('WITA');
    expect(timeZoneShortName(iso, 'Asia/Jayapura', 'id')).toBe('WIT');
    expect(timeZoneOffsetLabel('Asia/Jakarta')).toBe('UTC+7');
  });
});
