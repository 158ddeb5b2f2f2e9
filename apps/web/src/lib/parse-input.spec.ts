import { describe, expect, it } from 'vitest';
import { parseDateText, parseDurationText, parseTimeText } from './parse-input';

describe('parseDateText', () => {
  it.each([
    ['25 Des 2026', '2026-12-25'],
    ['25 desember 2026', '2026-12-25'],
    ['25 Dec 2026', '2026-12-25'],
    ['Dec 25, 2026', '2026-12-25'],
    ['Sab, 19 Des 2026', '2026-12-19'],
    ['25/12/2026', '2026-12-25'],
    ['25-12-26', '2026-12-25'],
    ['25.12.2026', '2026-12-25'],
    ['12/25/2026', '2026-12-25'],
    ['2026-12-25', '2026-12-25'],
    ['25/12', '2026-12-25'],
    ['3 mei', '2026-05-03'],
  ])('reads %s', (text, day) => expect(parseDateText(text, 2026)).toBe(day));

  it.each(['', '31/02/2026', '32 Des 2026', 'tomorrow', '2026-13-01'])('refuses %s', (text) => expect(parseDateText(text, 2026)).toBeNull());
});

describe('parseTimeText', () => {
  it.each([
    ['19.00', '19:00'],
    ['19:00', '19:00'],
    ['1900', '19:00'],
    ['7', '07:00'],
    ['7pm', '19:00'],
    ['7:30 PM', '19:30'],
    ['12 am', '00:00'],
    ['07.30', '07:30'],
  ])('reads %s', (text, time) => expect(parseTimeText(text)).toBe(time));

  it.each(['24:00', '19.60', '13pm', 'noon', ''])('refuses %s', (text) => expect(parseTimeText(text)).toBeNull());
});

describe('parseDurationText', () => {
  it.each([
    ['5', 300],
    ['5 mnt', 300],
    ['5 min', 300],
    ['1 j 30 mnt', 5400],
    ['1 h 30 min', 5400],
    ['1h30', 5400],
    ['1j30', 5400],
    ['90m', 5400],
    ['1,5 j', 5400],
    ['45 dtk', 45],
    ['4:30', 270],
    ['1:02:00', 3720],
    ['2 hr 3 j', 2 * 86400 + 3 * 3600],
  ])('reads %s', (text, seconds) => expect(parseDurationText(text)).toBe(seconds));

  it.each(['', 'soon', '4:75', '5 apples'])('refuses %s', (text) => expect(parseDurationText(text)).toBeNull());
});
