import type { Task } from '@rundown/domain';

export type TaskRow = { task: Task; depth: number; hasChildren: boolean };

/** Siblings by sort order, then start, then title; start times parsed once per sort, not per comparison. */
function sortByPlan(tasks: Task[]): Task[] {
  const start = new Map(tasks.map((t) => [t.id, Date.parse(t.startAt)]));
  return tasks.sort((a, b) => a.sortOrder - b.sortOrder || start.get(a.id)! - start.get(b.id)! || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/**
 * Rows in outline order: each phase (or any parent) followed by its children, siblings by
 * sort order then start. Children of a collapsed parent are left out. Orphans (parent not
 * loaded or filtered out) and broken parent loops show at the top level.
 */
export function buildRows(tasks: readonly Task[], collapsed: ReadonlySet<string> = new Set()): TaskRow[] {
  const ids = new Set(tasks.map((t) => t.id));
  const children = new Map<string | null, Task[]>();
  for (const task of tasks) {
    const parent = task.parentId && ids.has(task.parentId) && task.parentId !== task.id ? task.parentId : null;
    const list = children.get(parent);
    if (list) list.push(task);
    else children.set(parent, [task]);
  }
  for (const list of children.values()) sortByPlan(list);
  const rows: TaskRow[] = [];
  const placed = new Set<string>();
  const visit = (task: Task, depth: number) => {
    if (placed.has(task.id)) return;
    placed.add(task.id);
    const kids = children.get(task.id) ?? [];
    rows.push({ task, depth, hasChildren: kids.length > 0 });
    if (collapsed.has(task.id)) {
      // Still mark the hidden subtree as placed so it is not picked up as an orphan below.
      const stack = [...kids];
      while (stack.length) {
        const k = stack.pop()!;
        if (placed.has(k.id)) continue;
        placed.add(k.id);
        stack.push(...(children.get(k.id) ?? []));
      }
      return;
    }
    for (const child of kids) visit(child, depth + 1);
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  // Tasks only reachable through a parent loop.
  for (const task of sortByPlan([...tasks])) if (!placed.has(task.id)) visit(task, 0);
  return rows;
}

/** Earliest start and latest end over the tasks, or null when there are none. */
export function taskSpan(tasks: readonly Task[]): { from: number; to: number } | null {
  if (tasks.length === 0) return null;
  let from = Infinity;
  let to = -Infinity;
  for (const t of tasks) {
    from = Math.min(from, Date.parse(t.startAt));
    to = Math.max(to, Date.parse(t.endAt));
  }
  return { from, to };
}
