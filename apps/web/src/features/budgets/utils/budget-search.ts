import { z } from 'zod';

export const BUDGET_TABS = ['grid', 'top-sheet', 'spending', 'baselines'] as const;
export type BudgetTab = (typeof BUDGET_TABS)[number];

/** The budget page's URL search params: the open view and the grid's filters. Bad values are dropped. */
export const budgetSearchSchema = z.object({
  tab: z.enum(BUDGET_TABS).optional().catch(undefined),
  /** Text filter over description, account code, vendor and notes. */
  q: z.string().trim().min(1).max(200).optional().catch(undefined),
  /** A category id; its subcategories are included. */
  category: z.uuid().optional().catch(undefined),
  vendor: z.string().trim().min(1).max(200).optional().catch(undefined),
  /** Only lines whose committed or actual spend is above their estimate. */
  over: z.boolean().optional().catch(undefined),
  /** Opens the CSV import wizard (used by the command palette). */
  import: z.boolean().optional().catch(undefined),
  /** The baseline being compared on the Baselines view. */
  baseline: z.uuid().optional().catch(undefined),
});
export type BudgetSearch = z.infer<typeof budgetSearchSchema>;

export type GridFilters = Pick<BudgetSearch, 'q' | 'category' | 'vendor' | 'over'>;

export function gridFilters(search: BudgetSearch): GridFilters {
  return { q: search.q, category: search.category, vendor: search.vendor, over: search.over };
}

export function hasGridFilters(filters: GridFilters): boolean {
  return Boolean(filters.q || filters.category || filters.vendor || filters.over);
}
