import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeSchedule, findCycle, moveTask, violations, type ScheduleDependency, type ScheduleTask } from './schedule-math.js';

/** Random schedules whose dependencies only point forward in index order, so they are acyclic. */
const dag = (anchorAtZero = false) =>
  fc.integer({ min: 1, max: 25 }).chain((n) =>
    fc.record({
      tasks: fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc.record({ id: fc.constant(`t${i}`), start: anchorAtZero ? fc.constant(0) : fc.integer({ min: 0, max: 5000 }), duration: fc.integer({ min: 0, max: 600 }) }),
        ),
      ),
      dependencies: fc.array(
        fc.record({
          a: fc.nat(n - 1),
          b: fc.nat(n - 1),
          type: fc.constantFrom('FS', 'SS', 'FF', 'SF' as const),
          lag: fc.integer({ min: -60, max: 240 }),
        }),
        { maxLength: n * 2 },
      ).map((raw) =>
        raw.filter((d) => d.a < d.b).map((d): ScheduleDependency => ({ predecessorId: `t${d.a}`, successorId: `t${d.b}`, type: d.type, lag: d.lag })),
      ),
    }),
  );

describe('moveTask', () => {
  it('leaves no dependency violated and never moves a task earlier than asked or planned', () => {
    fc.assert(
      fc.property(dag(), fc.nat(), fc.integer({ min: -1000, max: 8000 }), ({ tasks, dependencies }, pick, start) => {
        const moved = tasks[pick % tasks.length]!;
        const result = moveTask(tasks, dependencies, moved.id, start);
        expect(violations(result.tasks, dependencies)).toEqual([]);
        for (const t of result.tasks) {
          const before = tasks.find((x) => x.id === t.id)!;
          expect(t.start).toBeGreaterThanOrEqual(t.id === moved.id ? start : before.start);
        }
        for (const s of result.shifts) expect(s.to).not.toBe(s.from);
      }),
    );
  });

  it('shifts a finish-to-start successor by exactly the overlap', () => {
    const tasks: ScheduleTask[] = [{ id: 'rig', start: 0, duration: 120 }, { id: 'soundcheck', start: 120, duration: 60 }, { id: 'doors', start: 300, duration: 0 }];
    const deps: ScheduleDependency[] = [
      { predecessorId: 'rig', successorId: 'soundcheck', type: 'FS', lag: 0 },
      { predecessorId: 'soundcheck', successorId: 'doors', type: 'FS', lag: 30 },
    ];
    const { shifts } = moveTask(tasks, deps, 'rig', 90);
    expect(shifts).toEqual([{ taskId: 'rig', from: 0, to: 90 }, { taskId: 'soundcheck', from: 120, to: 210 }]);
  });
});

describe('findCycle', () => {
  it('finds none in a DAG and names the loop when one is added', () => {
    fc.assert(
      fc.property(dag(), ({ tasks, dependencies }) => {
        expect(findCycle(tasks, dependencies)).toBeNull();
        if (dependencies.length === 0) return;
        const d = dependencies[0]!;
        const withLoop = [...dependencies, { predecessorId: d.successorId, successorId: d.predecessorId, type: 'FS' as const, lag: 0 }];
        const cycle = findCycle(tasks, withLoop)!;
        expect(cycle[0]).toBe(cycle[cycle.length - 1]);
        for (let i = 0; i + 1 < cycle.length; i++) {
          expect(withLoop.some((x) => x.predecessorId === cycle[i] && x.successorId === cycle[i + 1])).toBe(true);
        }
      }),
    );
  });
});

describe('analyzeSchedule', () => {
  it('never reports negative slack for the earliest schedule', () => {
    fc.assert(
      fc.property(dag(), ({ tasks, dependencies }) => {
        const { timing } = analyzeSchedule(tasks, dependencies);
        for (const t of timing.values()) expect(t.slack).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("gives a critical path of zero-slack linked tasks whose length equals the project's span", () => {
    fc.assert(
      fc.property(dag(true), ({ tasks, dependencies }) => {
        const { timing, criticalPath, projectStart, projectFinish } = analyzeSchedule(tasks, dependencies);
        expect(criticalPath.length).toBeGreaterThan(0);
        for (const id of criticalPath) expect(timing.get(id)!.slack).toBe(0);
        for (let i = 0; i + 1 < criticalPath.length; i++) {
          expect(dependencies.some((d) => d.predecessorId === criticalPath[i] && d.successorId === criticalPath[i + 1])).toBe(true);
        }
        const first = timing.get(criticalPath[0]!)!;
        const last = timing.get(criticalPath[criticalPath.length - 1]!)!;
        expect(last.earliestFinish - first.earliestStart).toBe(projectFinish! - projectStart!);
      }),
    );
  });

  it('computes slack for a task off the critical path', () => {
    const tasks: ScheduleTask[] = [
      { id: 'stage', start: 0, duration: 480 },
      { id: 'lights', start: 0, duration: 240 },
      { id: 'show', start: 0, duration: 120 },
    ];
    const deps: ScheduleDependency[] = [
      { predecessorId: 'stage', successorId: 'show', type: 'FS', lag: 0 },
      { predecessorId: 'lights', successorId: 'show', type: 'FS', lag: 0 },
    ];
    const result = analyzeSchedule(tasks, deps);
    expect(result.criticalPath).toEqual(['stage', 'show']);
    expect(result.timing.get('lights')!.slack).toBe(240);
    expect(result.projectFinish).toBe(600);
  });
});
