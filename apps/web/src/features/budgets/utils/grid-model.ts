import { addTotals, derive, rollUp, ZERO_TOTALS, type BudgetCategory, type BudgetLine, type Totals } from '@rundown/domain';
import type { GridFilters } from './budget-search';
import { lineIsOverBudget } from './grid-columns';

export type CategoryNode = {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  sortOrder: number;
  depth: number;
  childIds: string[];
};

export type DerivedTotals = ReturnType<typeof derive>;

/** One row of the grid: a category heading, a line, or a category's subtotal. */
export type DisplayRow =
  | { kind: 'category'; key: string; category: CategoryNode; lineCount: number; totals: DerivedTotals; collapsed: boolean }
  | { kind: 'line'; key: string; line: BudgetLine; depth: number }
  | { kind: 'subtotal'; key: string; category: CategoryNode; lineCount: number; totals: DerivedTotals };

/** Where lines of a category this client does not know (yet) are shown. */
export const UNCATEGORIZED = '00000000-0000-4000-8000-000000000000';

const codeCollator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareCategories(a: Pick<BudgetCategory, 'sortOrder' | 'code' | 'name'>, b: Pick<BudgetCategory, 'sortOrder' | 'code' | 'name'>) {
  return a.sortOrder - b.sortOrder || codeCollator.compare(a.code, b.code) || codeCollator.compare(a.name, b.name);
}

/** Categories in tree order (parents before their children, siblings by sort order), with depth. */
export function orderCategories(categories: readonly Pick<BudgetCategory, 'id' | 'parentId' | 'code' | 'name' | 'sortOrder'>[]): CategoryNode[] {
  const ids = new Set(categories.map((c) => c.id));
  const children = new Map<string | null, typeof categories[number][]>();
  for (const c of categories) {
    const parent = c.parentId && ids.has(c.parentId) && c.parentId !== c.id ? c.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort(compareCategories);
  const out: CategoryNode[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const c of children.get(parent) ?? []) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push({
        id: c.id,
        parentId: parent,
        code: c.code,
        name: c.name,
        sortOrder: c.sortOrder,
        depth,
        childIds: (children.get(c.id) ?? []).map((x) => x.id),
      });
      visit(c.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** A category and everything below it. */
export function subtreeIds(nodes: readonly CategoryNode[], rootId: string): Set<string> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(byId.get(id)?.childIds ?? []));
  }
  return out;
}

export function lineTotals(line: BudgetLine): Totals {
  return { estimate: BigInt(line.estimate), committed: BigInt(line.committed), actual: BigInt(line.actual), paid: BigInt(line.paid) };
}

export function matchesFilters(line: BudgetLine, filters: GridFilters, categoryScope: ReadonlySet<string> | null): boolean {
  if (categoryScope && !categoryScope.has(line.categoryId)) return false;
  if (filters.vendor && (line.vendor ?? '').toLowerCase() !== filters.vendor.toLowerCase()) return false;
  if (filters.over && !lineIsOverBudget(line)) return false;
  if (filters.q) {
    const q = filters.q.toLowerCase();
    const hay = `${line.description}\u0000${line.accountCode ?? ''}\u0000${line.vendor ?? ''}\u0000${line.notes ?? ''}`.toLowerCase();
    if (!hay.includes(q)) return false;
  }
  return true;
}

export type GridModel = {
  rows: DisplayRow[];
  /** Line ids in the order they are shown: the rows keyboard navigation moves through. */
  lineIds: string[];
  /** Display row index of each shown line. */
  rowIndexOfLine: Map<string, number>;
  /** Totals of the lines that pass the filters. */
  totals: DerivedTotals;
  matchingLines: number;
  categories: CategoryNode[];
};

/**
 * The grid's rows: each category in tree order with its own lines, then its subcategories,
 * then a subtotal of everything under it. With filters, categories without matching lines are left out.
 */
export function buildGridModel(
  categories: readonly BudgetCategory[],
  lines: readonly BudgetLine[],
  filters: GridFilters,
  collapsed: ReadonlySet<string>,
): GridModel {
  const known = new Set(categories.map((c) => c.id));
  const hasOrphans = lines.some((l) => !known.has(l.categoryId));
  const nodes = orderCategories(
    hasOrphans ? [...categories, { id: UNCATEGORIZED, parentId: null, code: '', name: '', sortOrder: Number.MAX_SAFE_INTEGER }] : categories,
  );
  const filtered = Boolean(filters.q || filters.category || filters.vendor || filters.over);
  const scope = filters.category ? subtreeIds(nodes, filters.category) : null;

  const byCategory = new Map<string, BudgetLine[]>();
  let matchingLines = 0;
  let totals: Totals = ZERO_TOTALS;
  for (const line of lines) {
    if (filtered && !matchesFilters(line, filters, scope)) continue;
    const categoryId = known.has(line.categoryId) ? line.categoryId : UNCATEGORIZED;
    const list = byCategory.get(categoryId);
    if (list) list.push(line);
    else byCategory.set(categoryId, [line]);
    matchingLines += 1;
    totals = addTotals(totals, lineTotals(line));
  }
  for (const list of byCategory.values()) list.sort((a, b) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // Own totals per category, then rolled up the tree.
  const own: { categoryId: string; totals: Totals }[] = [];
  const ownCount = new Map<string, number>();
  for (const [categoryId, list] of byCategory) {
    own.push({ categoryId, totals: list.reduce<Totals>((sum, l) => addTotals(sum, lineTotals(l)), ZERO_TOTALS) });
    ownCount.set(categoryId, list.length);
  }
  const rolled = rollUp(nodes, own);
  const countUnder = new Map<string, number>();
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    countUnder.set(node.id, (ownCount.get(node.id) ?? 0) + node.childIds.reduce((n, c) => n + (countUnder.get(c) ?? 0), 0));
  }

  const rows: DisplayRow[] = [];
  const lineIds: string[] = [];
  const rowIndexOfLine = new Map<string, number>();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const emit = (node: CategoryNode) => {
    const count = countUnder.get(node.id) ?? 0;
    if (filtered && count === 0) return;
    if (scope && !scope.has(node.id)) return;
    const categoryTotals = derive(rolled.get(node.id) ?? ZERO_TOTALS);
    const isCollapsed = collapsed.has(node.id);
    rows.push({ kind: 'category', key: `c:${node.id}`, category: node, lineCount: count, totals: categoryTotals, collapsed: isCollapsed });
    if (isCollapsed) return;
    for (const line of byCategory.get(node.id) ?? []) {
      rowIndexOfLine.set(line.id, rows.length);
      lineIds.push(line.id);
      rows.push({ kind: 'line', key: line.id, line, depth: node.depth });
    }
    for (const childId of node.childIds) emit(byId.get(childId)!);
    if (count > 0) rows.push({ kind: 'subtotal', key: `s:${node.id}`, category: node, lineCount: count, totals: categoryTotals });
  };
  for (const node of nodes) if (node.parentId === null) emit(node);

  return { rows, lineIds, rowIndexOfLine, totals: derive(totals), matchingLines, categories: nodes };
}

/** Vendors named on lines, for the vendor filter. */
export function distinctVendors(lines: readonly BudgetLine[]): string[] {
  const seen = new Map<string, string>();
  for (const line of lines) {
    const vendor = line.vendor?.trim();
    if (vendor && !seen.has(vendor.toLowerCase())) seen.set(vendor.toLowerCase(), vendor);
  }
  return [...seen.values()].sort((a, b) => codeCollator.compare(a, b));
}
