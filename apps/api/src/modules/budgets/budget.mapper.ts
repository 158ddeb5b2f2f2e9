import {
  formatDecimal,
  parseDecimal,
  type BudgetCategory,
  type BudgetLine,
  type CurrencyCode,
  type LineUnit,
} from '@rundown/domain';
import type { LineAggregate } from './line-aggregate.js';

export type CategoryRow = { id: string; parent_id: string | null; code: string; name: string; sort_order: number; version: number };

export type LineRow = {
  id: string;
  category_id: string;
  sort_order: number;
  description: string;
  account_code: string | null;
  vendor: string | null;
  quantity: string;
  unit: LineUnit;
  rate: string;
  currency: CurrencyCode;
  exchange_rate: string;
  multiplier: string;
  notes: string | null;
  subtotal: string;
  fringe_total: string;
  estimate: string;
  committed: string;
  actual: string;
  paid: string;
  pending_commitments: number;
  pending_expenses: number;
  pending_amount: string;
  fringe_ids: string[];
  version: number;
  updated_at: Date;
  updated_by_name: string | null;
};

/** numeric(…, n) comes back padded ("2.500"); the API speaks the shortest exact form ("2.5"). */
export const tidyDecimal = (value: string, scale: number) => formatDecimal(parseDecimal(value, scale)!, scale);

export const aggregateOf = (row: LineRow): LineAggregate => ({
  lines: 1,
  estimate: BigInt(row.estimate),
  committed: BigInt(row.committed),
  actual: BigInt(row.actual),
  paid: BigInt(row.paid),
  pendingCommitments: row.pending_commitments,
  pendingExpenses: row.pending_expenses,
  pendingAmount: BigInt(row.pending_amount),
});

export const toCategory = (row: CategoryRow): BudgetCategory => ({
  id: row.id,
  parentId: row.parent_id,
  code: row.code,
  name: row.name,
  sortOrder: row.sort_order,
  version: row.version,
});

export const toLine = (row: LineRow): BudgetLine => ({
  id: row.id,
  categoryId: row.category_id,
  sortOrder: row.sort_order,
  description: row.description,
  accountCode: row.account_code,
  vendor: row.vendor,
  quantity: tidyDecimal(row.quantity, 3),
  unit: row.unit,
  rate: row.rate,
  currency: row.currency,
  exchangeRate: tidyDecimal(row.exchange_rate, 6),
  multiplier: tidyDecimal(row.multiplier, 3),
  fringeIds: row.fringe_ids,
  notes: row.notes,
  subtotal: row.subtotal,
  fringeTotal: row.fringe_total,
  estimate: row.estimate,
  committed: row.committed,
  actual: row.actual,
  paid: row.paid,
  version: row.version,
  updatedAt: row.updated_at.toISOString(),
  updatedBy: row.updated_by_name,
});

