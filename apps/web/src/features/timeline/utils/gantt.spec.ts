import type { Dependency, Task } from '@rundown/domain';
import { describe, expect, it } from 'vitest';
import { arrowPath, barRect, ROW_HEIGHT } from './gantt-geometry';
import { createScale, headerBands, PX_PER_DAY, snapDelta, timeAt, xOf } from './gantt-scale';
import { handleBarKey, isChanged, type MoveDraft } from './keyboard-move';
import { previewMove } from './move-preview';
import { buildRows } from './task-rows';
import { matchesFilters } from './timeline-search';
import { addUnits, startOfLocalDay } from './zoned';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const JKT = 'Asia/Jakarta';

describe('zoned arithmetic', () => {
  it('finds local midnight in the event zone', () => {
    // 2026-03-12 10:00 WIB = 03:00Z; midnight WIB = 2026-03-11T17:00Z.
    expect(new Date(startOfLocalDay(Date.parse('2026-03-12T03:00:00Z'), JKT)).toISOString()).toBe('2026-03-11T17:00:00.000Z');
  });

  it('adds days, weeks and months on the wall clock', () => {
    const t = Date.parse('2026-01-31T03:00:00Z'); // 31 Jan 10:00 WIB
    expect(new Date(addUnits(t, 'day', 1, JKT)).toISOString()).toBe('2026-02-01T03:00:00.000Z');
    expect(new Date(addUnits(t, 'week', -1, JKT)).toISOString()).toBe('2026-01-24T03:00:00.000Z');
    expect(new Date(addUnits(t, 'month', 1, JKT)).toISOString()).toBe('2026-02-28T03:00:00.000Z');
  });

  it('keeps the time of day across a DST change', () => {
    // 7 Mar 2026 09:00 in New York (EST, UTC−5) + 1 day = 8 Mar 09:00 EDT (UTC−4).
    const t = Date.parse('2026-03-07T14:00:00Z');
    expect(new Date(addUnits(t, 'day', 1, 'America/New_York')).toISOString()).toBe('2026-03-08T13:00:00.000Z');
  });
});

describe('Gantt scale', () => {
  const from = Date.parse('2026-03-12T03:00:00Z');
  const to = Date.parse('2026-03-14T15:00:00Z');

  it('starts at a local midnight before the first task and maps time to pixels linearly', () => {
    const scale = createScale('day', from, to, JKT);
    expect(new Date(scale.origin).toISOString()).toBe('2026-03-08T17:00:00.000Z'); // 9 Mar 00:00 WIB, 3 days of padding
    expect(xOf(scale, scale.origin + DAY)).toBeCloseTo(PX_PER_DAY.day);
    expect(timeAt(scale, xOf(scale, from))).toBeCloseTo(from);
    expect(scale.width).toBeGreaterThan(xOf(scale, to));
  });

  it('snaps drags to 15 minutes by day, an hour by week, a day by month', () => {
    const day = createScale('day', from, to, JKT);
    expect(snapDelta(day, (PX_PER_DAY.day / 24) * 1.1)).toBe(HOUR); // 66 min → 60
    expect(snapDelta(day, (PX_PER_DAY.day / 24) * 0.2)).toBe(15 * 60_000); // 12 min → 15
    const month = createScale('month', from, to, JKT);
    expect(snapDelta(month, PX_PER_DAY.month * 2.4)).toBe(2 * DAY);
  });

  it('labels day columns under months in the reader language and marks weekends', () => {
    const scale = createScale('day', from, to, JKT);
    const { top, bottom } = headerBands(scale, Date.parse('2026-03-12T00:00:00Z'), Date.parse('2026-03-16T00:00:00Z'), 'id-ID');
    expect(top[0]!.label).toBe('Maret 2026');
    const sat = bottom.find((b) => b.label.includes('14'))!;
    expect(sat.weekend).toBe(true);
    expect(sat.width).toBeCloseTo(PX_PER_DAY.day);
    // Each column starts at local midnight.
    expect(new Date(sat.start).toISOString()).toBe('2026-03-13T17:00:00.000Z');
    expect(headerBands(scale, from, to, 'en-US').top[0]!.label).toBe('March 2026');
  });

  it('uses Monday weeks and month columns when zoomed out', () => {
    const week = createScale('week', from, to, JKT);
    const { bottom } = headerBands(week, from, to, 'en-US');
    expect(new Date(bottom[0]!.start).toISOString()).toBe('2026-03-08T17:00:00.000Z'); // Mon 9 Mar WIB
    expect(bottom[0]!.width).toBeCloseTo(7 * PX_PER_DAY.week);
    const month = createScale('month', from, to, JKT);
    expect(headerBands(month, from, to, 'en-US').bottom.map((b) => b.label)).toContain('Mar');
  });
});

describe('bars and arrows', () => {
  const scale = createScale('day', Date.parse('2026-03-12T00:00:00Z'), Date.parse('2026-03-20T00:00:00Z'), 'UTC');
  const at = (iso: string) => Date.parse(iso);

  it('places a task bar by its dates and a milestone as a centred diamond', () => {
    const bar = barRect(scale, 'task', at('2026-03-12T00:00:00Z'), at('2026-03-13T00:00:00Z'), 2);
    expect(bar.width).toBeCloseTo(PX_PER_DAY.day);
    expect(bar.y).toBeGreaterThanOrEqual(2 * ROW_HEIGHT);
    expect(bar.y + bar.height).toBeLessThanOrEqual(3 * ROW_HEIGHT);
    const diamond = barRect(scale, 'milestone', at('2026-03-12T00:00:00Z'), at('2026-03-12T00:00:00Z'), 0);
    expect(diamond.x + diamond.width / 2).toBeCloseTo(xOf(scale, at('2026-03-12T00:00:00Z')));
  });

  it('draws finish-to-start with one turn when the successor starts later', () => {
    const a = { x: 0, width: 100, y: 7, height: 20 };
    const b = { x: 150, width: 50, y: 41, height: 20 };
    expect(arrowPath(a, b, 'FS')).toBe('M100,17 H108 V51 H150');
  });

  it('detours between the rows when the successor starts before the predecessor ends', () => {
    const a = { x: 0, width: 100, y: 7, height: 20 };
    const b = { x: 50, width: 50, y: 41, height: 20 };
    expect(arrowPath(a, b, 'FS')).toBe('M100,17 H108 V34 H42 V51 H50');
  });

  it('anchors start-to-start and finish-to-finish on the matching ends', () => {
    const a = { x: 10, width: 100, y: 7, height: 20 };
    const b = { x: 50, width: 100, y: 41, height: 20 };
    expect(arrowPath(a, b, 'SS')).toBe('M10,17 H2 V51 H50');
    expect(arrowPath(a, b, 'FF')).toBe('M110,17 H158 V51 H150');
  });
});

describe('keyboard move', () => {
  const task = { id: 't1', start: 0, end: 2 * DAY, milestone: false };
  const step = (t: number, n: number) => t + n * DAY;

  it('moves by one step with the arrows and keeps the length', () => {
    const out = handleBarKey(null, task, { key: 'ArrowRight', shiftKey: false }, step);
    expect(out).toEqual({ command: 'draft', draft: { taskId: 't1', fromStart: 0, fromEnd: 2 * DAY, start: DAY, end: 3 * DAY, source: 'keyboard' } });
    const back = handleBarKey((out as { draft: MoveDraft }).draft, task, { key: 'ArrowLeft', shiftKey: false }, step);
    expect(back.command === 'draft' && back.draft.start).toBe(0);
    expect(back.command === 'draft' && isChanged(back.draft)).toBe(false);
  });

  it('resizes with Shift and never below one step', () => {
    const longer = handleBarKey(null, task, { key: 'ArrowRight', shiftKey: true }, step);
    expect(longer.command === 'draft' && longer.draft.end).toBe(3 * DAY);
    const shorter = handleBarKey(null, task, { key: 'ArrowLeft', shiftKey: true }, step);
    expect(shorter.command === 'draft' && shorter.draft.end).toBe(DAY);
    const draft = (shorter as { draft: MoveDraft }).draft;
    expect(handleBarKey(draft, task, { key: 'ArrowLeft', shiftKey: true }, step)).toEqual({ command: 'none' });
    expect(handleBarKey(null, { ...task, milestone: true }, { key: 'ArrowRight', shiftKey: true }, step)).toEqual({ command: 'none' });
  });

  it('applies a pending change with Enter, otherwise opens the task; Escape cancels', () => {
    const moved = handleBarKey(null, task, { key: 'ArrowRight', shiftKey: false }, step) as { draft: MoveDraft };
    expect(handleBarKey(moved.draft, task, { key: 'Enter', shiftKey: false }, step)).toEqual({ command: 'apply', draft: moved.draft });
    expect(handleBarKey(null, task, { key: 'Enter', shiftKey: false }, step)).toEqual({ command: 'open' });
    expect(handleBarKey(moved.draft, task, { key: 'Escape', shiftKey: false }, step)).toEqual({ command: 'cancel' });
    // A draft for another task does not leak into this one.
    const other = handleBarKey(moved.draft, { ...task, id: 't2' }, { key: 'Enter', shiftKey: false }, step);
    expect(other).toEqual({ command: 'open' });
  });

  it('leaves modified keys to the browser', () => {
    expect(handleBarKey(null, task, { key: 'ArrowRight', shiftKey: false, altKey: true }, step)).toEqual({ command: 'none' });
  });
});

const task = (id: string, start: string, end: string, extra: Partial<Task> = {}): Task => ({
  id,
  eventId: '00000000-0000-4000-8000-000000000000',
  parentId: null,
  kind: 'task',
  title: id,
  description: null,
  location: null,
  placeId: null,
  startAt: start,
  endAt: end,
  status: 'todo',
  priority: 'normal',
  sortOrder: 0,
  assigneeIds: [],
  vendorId: null,
  checklist: [],
  version: 1,
  updatedAt: start,
  ...extra,
});

describe('move preview', () => {
  it('pushes a finish-to-start successor as the API would', () => {
    const a = task('a', '2026-03-12T01:00:00.000Z', '2026-03-12T03:00:00.000Z');
    const b = task('b', '2026-03-12T03:00:00.000Z', '2026-03-12T04:00:00.000Z');
    const dep: Dependency = { id: 'd', predecessorId: 'a', successorId: 'b', type: 'FS', lagMinutes: 30 };
    const shifts = previewMove([a, b], [dep], 'a', Date.parse('2026-03-13T01:00:00.000Z'), Date.parse('2026-03-13T03:00:00.000Z'));
    expect(shifts.map((s) => [s.taskId, new Date(s.toStart).toISOString(), new Date(s.toEnd).toISOString()])).toEqual([
      ['a', '2026-03-13T01:00:00.000Z', '2026-03-13T03:00:00.000Z'],
      ['b', '2026-03-13T03:30:00.000Z', '2026-03-13T04:30:00.000Z'],
    ]);
  });

  it('moves nothing else when there is room', () => {
    const a = task('a', '2026-03-12T01:00:00.000Z', '2026-03-12T03:00:00.000Z');
    const b = task('b', '2026-03-20T03:00:00.000Z', '2026-03-20T04:00:00.000Z');
    const dep: Dependency = { id: 'd', predecessorId: 'a', successorId: 'b', type: 'FS', lagMinutes: 0 };
    const shifts = previewMove([a, b], [dep], 'a', Date.parse('2026-03-13T01:00:00.000Z'), Date.parse('2026-03-13T05:00:00.000Z'));
    expect(shifts.map((s) => s.taskId)).toEqual(['a']);
  });
});

describe('rows and filters', () => {
  it('puts children under their phase, by sort order then start, and hides collapsed ones', () => {
    const phase = task('p', '2026-03-12T00:00:00Z', '2026-03-15T00:00:00Z', { kind: 'phase' });
    const late = task('late', '2026-03-14T00:00:00Z', '2026-03-14T01:00:00Z', { parentId: 'p' });
    const early = task('early', '2026-03-12T00:00:00Z', '2026-03-12T01:00:00Z', { parentId: 'p' });
    const loose = task('loose', '2026-03-11T00:00:00Z', '2026-03-11T01:00:00Z', { parentId: 'missing' });
    const rows = buildRows([late, phase, early, loose]);
    expect(rows.map((r) => [r.task.id, r.depth])).toEqual([
      ['loose', 0],
      ['p', 0],
      ['early', 1],
      ['late', 1],
    ]);
    expect(buildRows([late, phase, early], new Set(['p'])).map((r) => r.task.id)).toEqual(['p']);
  });

  it('survives a parent loop', () => {
    const a = task('a', '2026-03-12T00:00:00Z', '2026-03-12T01:00:00Z', { parentId: 'b' });
    const b = task('b', '2026-03-12T00:00:00Z', '2026-03-12T01:00:00Z', { parentId: 'a' });
    expect(buildRows([a, b]).map((r) => r.task.id).sort()).toEqual(['a', 'b']);
  });

  it('filters by status, vendor and text', () => {
    const t = task('x', '2026-03-12T00:00:00Z', '2026-03-12T01:00:00Z', { title: 'Sound check', status: 'blocked', vendorId: 'v1', location: 'Istora' });
    expect(matchesFilters(t, { status: ['blocked'], vendor: 'v1', q: 'istora' })).toBe(true);
    expect(matchesFilters(t, { status: ['done'] })).toBe(false);
    expect(matchesFilters(t, { vendor: 'v2' })).toBe(false);
    expect(matchesFilters(t, { q: 'catering' })).toBe(false);
  });
});
