import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { liveStatus, plannedStarts, reorder } from './rundown.js';

describe('rundown times', () => {
  it('recomputes back-to-back starts after any reorder, keeping the day length', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 7200 }), { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (durations, a, b) => {
        const moved = reorder(durations, a % durations.length, b % durations.length);
        const starts = plannedStarts('2026-12-19T12:00:00.000Z', moved);
        expect(starts[0]).toBe('2026-12-19T12:00:00.000Z');
        for (let i = 1; i < starts.length; i++) expect(Date.parse(starts[i]!) - Date.parse(starts[i - 1]!)).toBe(moved[i - 1]! * 1000);
        const end = Date.parse(starts.at(-1)!) + moved.at(-1)! * 1000;
        expect(end - Date.parse(starts[0]!)).toBe(durations.reduce((s, d) => s + d, 0) * 1000);
        expect([...moved].sort()).toEqual([...durations].sort());
      }),
    );
  });

  it('reports drift: a late start plus an overrun', () => {
    const cues = [
      { id: 'opening', plannedStart: '2026-12-19T12:00:00.000Z', durationSeconds: 300 },
      { id: 'band', plannedStart: '2026-12-19T12:05:00.000Z', durationSeconds: 1800 },
    ];
    const live = { currentCueId: 'band', currentCueStartedAt: '2026-12-19T12:07:00.000Z' };
    expect(liveStatus(cues, live, Date.parse('2026-12-19T12:10:00.000Z'))).toEqual({ currentIndex: 1, nextIndex: null, driftSeconds: 120, remainingSeconds: 1620 });
    expect(liveStatus(cues, live, Date.parse('2026-12-19T12:40:00.000Z')).driftSeconds).toBe(120 + 180);
    expect(liveStatus(cues, { currentCueId: 'opening', currentCueStartedAt: '2026-12-19T11:59:00.000Z' }, Date.parse('2026-12-19T12:00:00.000Z')).driftSeconds).toBe(-60);
  });
});
