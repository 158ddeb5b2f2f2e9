import { liveStatus } from '@rundown/domain';
import { describe, expect, it } from 'vitest';
import { defaultDayStart, eventDays } from './event-days';
import { parseDurationText } from '../../../lib/parse-input';
import { clockOffset, describeDrift, formatClock, formatCountdown } from './live-format';

describe('clock formatting', () => {
  it('shows minutes and seconds, hours only when needed', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(75)).toBe('01:15');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatClock(-61)).toBe('-01:01');
  });

  it('counts down, then counts the overrun up with a plus', () => {
    expect(formatCountdown(90)).toEqual({ text: '01:30', overrun: false });
    expect(formatCountdown(0)).toEqual({ text: '00:00', overrun: false });
    expect(formatCountdown(-12)).toEqual({ text: '+00:12', overrun: true });
  });

  it('says behind, ahead or on time', () => {
    expect(describeDrift(83)).toEqual({ kind: 'behind', amount: '01:23' });
    expect(describeDrift(-45)).toEqual({ kind: 'ahead', amount: '00:45' });
    expect(describeDrift(0)).toEqual({ kind: 'onTime', amount: '00:00' });
  });

  it('measures the server clock offset', () => {
    expect(clockOffset('2026-03-12T12:00:05.000Z', Date.parse('2026-03-12T12:00:00.000Z'))).toBe(5000);
    expect(clockOffset('garbage', 1)).toBe(0);
  });

  it('reads durations the way people type them', () => {
    expect(parseDurationText('5')).toBe(300);
    expect(parseDurationText('4:30')).toBe(270);
    expect(parseDurationText('1:02:00')).toBe(3720);
    expect(parseDurationText('4:75')).toBeNull();
    expect(parseDurationText('abc')).toBeNull();
    expect(parseDurationText('')).toBeNull();
  });
});

describe('live status with a server offset', () => {
  const cues = [
    { id: 'a', plannedStart: '2026-12-19T12:00:00.000Z', durationSeconds: 300 },
    { id: 'b', plannedStart: '2026-12-19T12:05:00.000Z', durationSeconds: 600 },
  ];

  it('computes the countdown and drift from the server time, not the local clock', () => {
    const live = { currentCueId: 'b', currentCueStartedAt: '2026-12-19T12:06:00.000Z' };
    const serverNow = Date.parse('2026-12-19T12:07:30.000Z');
    const localNow = serverNow - 4000; // this browser is 4 s slow
    const offset = clockOffset('2026-12-19T12:07:30.000Z', localNow);
    const status = liveStatus(cues, live, localNow + offset);
    expect(status.currentIndex).toBe(1);
    expect(status.nextIndex).toBeNull();
    expect(formatCountdown(status.remainingSeconds!).text).toBe('08:30');
    expect(describeDrift(status.driftSeconds)).toEqual({ kind: 'behind', amount: '01:00' });
  });
});

describe('event days', () => {
  it('lists the days an event covers in its zone', () => {
    // 19 Dec 22:00 WIB → 21 Dec 01:00 WIB.
    expect(eventDays('2026-12-19T15:00:00Z', '2026-12-20T18:00:00Z', 'Asia/Jakarta')).toEqual(['2026-12-19', '2026-12-20', '2026-12-21']);
  });

  it('starts the first day at the event start and later days at 09:00', () => {
    expect(defaultDayStart('2026-12-19', '2026-12-19T08:00:00Z', 'Asia/Jakarta')).toBe('2026-12-19T08:00:00.000Z');
    expect(defaultDayStart('2026-12-20', '2026-12-19T08:00:00Z', 'Asia/Jakarta')).toBe('2026-12-20T02:00:00.000Z');
  });
});
