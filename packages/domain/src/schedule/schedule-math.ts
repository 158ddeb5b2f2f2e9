/**
 * Schedule math on whole minutes. A task occupies [start, start + duration); a milestone has
 * duration 0. A dependency says how a successor's start or finish is bound to a predecessor's
 * start or finish, plus a lag (negative lag = lead):
 *   FS: succ.start  ≥ pred.finish + lag      SS: succ.start  ≥ pred.start + lag
 *   FF: succ.finish ≥ pred.finish + lag      SF: succ.finish ≥ pred.start + lag
 * Planned starts are "start no earlier than" anchors; nothing here moves a task earlier.
 */
import { MAX_INSTANT_MS, MIN_INSTANT_MS } from '../common/primitives.js';

export type DependencyType = 'FS' | 'SS' | 'FF' | 'SF';
export type ScheduleTask = { id: string; start: number; duration: number };
export type ScheduleDependency = { predecessorId: string; successorId: string; type: DependencyType; lag: number };

type Graph = {
  tasks: Map<string, ScheduleTask>;
  successors: Map<string, ScheduleDependency[]>;
  predecessors: Map<string, ScheduleDependency[]>;
};

function graphOf(tasks: readonly ScheduleTask[], dependencies: readonly ScheduleDependency[]): Graph {
  const graph: Graph = { tasks: new Map(tasks.map((t) => [t.id, t])), successors: new Map(), predecessors: new Map() };
  for (const t of tasks) {
    graph.successors.set(t.id, []);
    graph.predecessors.set(t.id, []);
  }
  for (const d of dependencies) {
    if (!graph.tasks.has(d.predecessorId) || !graph.tasks.has(d.successorId)) continue;
    graph.successors.get(d.predecessorId)!.push(d);
    graph.predecessors.get(d.successorId)!.push(d);
  }
  return graph;
}

/** The earliest start a dependency allows its successor, given the predecessor's start. */
export function boundFromDependency(dep: ScheduleDependency, predecessorStart: number, predecessorDuration: number, successorDuration: number): number {
  const anchor = dep.type[0] === 'F' ? predecessorStart + predecessorDuration : predecessorStart;
  return anchor + dep.lag - (dep.type[1] === 'F' ? successorDuration : 0);
}

/** A cycle as the ids along it (first id repeated at the end), or null when there is none. */
export function findCycle(tasks: readonly ScheduleTask[], dependencies: readonly ScheduleDependency[]): string[] | null {
  const graph = graphOf(tasks, dependencies);
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  for (const root of graph.tasks.keys()) {
    if (state.has(root)) continue;
    // Iterative DFS: (node, index of next successor to visit).
    const frames: [string, number][] = [[root, 0]];
    state.set(root, 1);
    stack.push(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const next = graph.successors.get(frame[0])![frame[1]++];
      if (!next) {
        state.set(frame[0], 2);
        stack.pop();
        frames.pop();
        continue;
      }
      const to = next.successorId;
      if (state.get(to) === 1) return [...stack.slice(stack.indexOf(to)), to];
      if (!state.has(to)) {
        state.set(to, 1);
        stack.push(to);
        frames.push([to, 0]);
      }
    }
  }
  return null;
}

/** Tasks in an order where every predecessor comes before its successors (Kahn). Throws on a cycle. */
function topologicalOrder(graph: Graph): string[] {
  const indegree = new Map([...graph.tasks.keys()].map((id) => [id, graph.predecessors.get(id)!.length]));
  const queue = [...indegree].filter(([, n]) => n === 0).map(([id]) => id);
  const order: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    order.push(id);
    for (const d of graph.successors.get(id)!) {
      const left = indegree.get(d.successorId)! - 1;
      indegree.set(d.successorId, left);
      if (left === 0) queue.push(d.successorId);
    }
  }
  if (order.length !== graph.tasks.size) throw new RangeError('The dependencies contain a cycle');
  return order;
}

export type Shift = { taskId: string; from: number; to: number };

/**
 * Moves one task to `start` and pushes every task that would then violate a dependency
 * later, by as little as needed, in dependency order. A task asked to start before its
 * predecessors allow starts as early as they allow. Returns only the tasks that moved, and
 * `outOfRange`: the moved tasks that would then start or end outside 0001-01-01 … 9999-12-31
 * (such a move must be refused, not saved).
 */
export function moveTask(
  tasks: readonly ScheduleTask[],
  dependencies: readonly ScheduleDependency[],
  taskId: string,
  start: number,
): { tasks: ScheduleTask[]; shifts: Shift[]; outOfRange: string[] } {
  const graph = graphOf(tasks, dependencies);
  const starts = new Map(tasks.map((t) => [t.id, t.start]));
  if (!starts.has(taskId)) throw new RangeError(`Unknown task ${taskId}`);
  starts.set(taskId, start);
  for (const id of topologicalOrder(graph)) {
    const task = graph.tasks.get(id)!;
    let earliest = starts.get(id)!;
    for (const d of graph.predecessors.get(id)!) {
      const pred = graph.tasks.get(d.predecessorId)!;
      earliest = Math.max(earliest, boundFromDependency(d, starts.get(pred.id)!, pred.duration, task.duration));
    }
    starts.set(id, earliest);
  }
  const shifts = tasks.filter((t) => starts.get(t.id) !== t.start).map((t) => ({ taskId: t.id, from: t.start, to: starts.get(t.id)! }));
  const moved = tasks.map((t) => ({ id: t.id, start: starts.get(t.id)!, duration: t.duration }));
  const shifted = new Set([taskId, ...shifts.map((s) => s.taskId)]);
  return { tasks: moved, shifts, outOfRange: moved.filter((t) => shifted.has(t.id) && !inRange(t)).map((t) => t.id) };
}

/** The minutes (since the epoch) a task may occupy: the domain's 0001-01-01 … 9999-12-31. */
export const FIRST_MINUTE = Math.ceil(MIN_INSTANT_MS / 60_000);
export const LAST_MINUTE = Math.floor(MAX_INSTANT_MS / 60_000);
const inRange = (t: ScheduleTask) => t.start >= FIRST_MINUTE && t.start + t.duration <= LAST_MINUTE;

/** A computed instant (minutes) held to the accepted range, for analyses derived from in-range tasks. */
export function clampMinute(minute: number): number {
  return Math.min(LAST_MINUTE, Math.max(FIRST_MINUTE, minute));
}

/** Dependencies the given starts break, with how many minutes each is short. */
export function violations(tasks: readonly ScheduleTask[], dependencies: readonly ScheduleDependency[]) {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  return dependencies.flatMap((d) => {
    const pred = byId.get(d.predecessorId);
    const succ = byId.get(d.successorId);
    if (!pred || !succ) return [];
    const short = boundFromDependency(d, pred.start, pred.duration, succ.duration) - succ.start;
    return short > 0 ? [{ dependency: d, short }] : [];
  });
}

export type TaskTiming = {
  earliestStart: number;
  earliestFinish: number;
  latestStart: number;
  latestFinish: number;
  /** Minutes the task can slip without moving the project's finish. */
  slack: number;
  critical: boolean;
};

/**
 * Critical path analysis. Forward pass: each task starts at the later of its planned start
 * and what its predecessors allow. Backward pass from the project's finish. Zero slack is
 * critical; `criticalPath` is the driving chain that ends at the project's finish.
 */
export function analyzeSchedule(tasks: readonly ScheduleTask[], dependencies: readonly ScheduleDependency[]) {
  const graph = graphOf(tasks, dependencies);
  const order = topologicalOrder(graph);
  const timing = new Map<string, TaskTiming>();
  const es = new Map<string, number>();
  for (const id of order) {
    const task = graph.tasks.get(id)!;
    let earliest = task.start;
    for (const d of graph.predecessors.get(id)!) {
      const pred = graph.tasks.get(d.predecessorId)!;
      earliest = Math.max(earliest, boundFromDependency(d, es.get(pred.id)!, pred.duration, task.duration));
    }
    es.set(id, earliest);
  }
  let projectStart = Infinity;
  let projectFinish = -Infinity;
  for (const t of tasks) {
    projectStart = Math.min(projectStart, es.get(t.id)!);
    projectFinish = Math.max(projectFinish, es.get(t.id)! + t.duration);
  }
  const lf = new Map<string, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const task = graph.tasks.get(id)!;
    let latestFinish = projectFinish;
    for (const d of graph.successors.get(id)!) {
      const succ = graph.tasks.get(d.successorId)!;
      const succLf = lf.get(succ.id)!;
      const succLs = succLf - succ.duration;
      // Invert the dependency: the latest this task may finish without pushing its successor.
      const limit =
        d.type === 'FS' ? succLs - d.lag
        : d.type === 'SS' ? succLs - d.lag + task.duration
        : d.type === 'FF' ? succLf - d.lag
        : succLf - d.lag + task.duration;
      latestFinish = Math.min(latestFinish, limit);
    }
    lf.set(id, latestFinish);
  }
  for (const t of tasks) {
    const earliestStart = es.get(t.id)!;
    const latestFinish = lf.get(t.id)!;
    const slack = latestFinish - t.duration - earliestStart;
    timing.set(t.id, {
      earliestStart,
      earliestFinish: earliestStart + t.duration,
      latestStart: latestFinish - t.duration,
      latestFinish,
      slack,
      critical: slack <= 0,
    });
  }
  // Walk back from a critical task that ends the project through predecessors that drive it.
  const criticalPath: string[] = [];
  let at = tasks
    .filter((t) => timing.get(t.id)!.critical && timing.get(t.id)!.earliestFinish === projectFinish)
    .sort((a, b) => timing.get(a.id)!.earliestStart - timing.get(b.id)!.earliestStart)[0]?.id;
  while (at) {
    criticalPath.unshift(at);
    const task = graph.tasks.get(at)!;
    const driver = graph.predecessors
      .get(at)!
      .find((d) => {
        const pred = graph.tasks.get(d.predecessorId)!;
        return timing.get(pred.id)!.critical && boundFromDependency(d, es.get(pred.id)!, pred.duration, task.duration) === es.get(at!)!;
      });
    at = driver?.predecessorId;
    if (at && criticalPath.includes(at)) break;
  }
  return {
    timing,
    projectStart: Number.isFinite(projectStart) ? projectStart : null,
    projectFinish: Number.isFinite(projectFinish) ? projectFinish : null,
    criticalPath,
  };
}
