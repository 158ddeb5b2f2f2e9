import type { BudgetCategory, BudgetLine } from '@rundown/domain';
import { describe, expect, it } from 'vitest';
import { buildGridModel, distinctVendors, orderCategories, UNCATEGORIZED } from './grid-model';

const cat = (id: string, parentId: string | null, code: string, sortOrder: number): BudgetCategory => ({ id, parentId, code, name: `Cat ${code}`, sortOrder, version: 1 });
const categories = [cat('post', null, '3000', 300), cat('prod', null, '2000', 200), cat('cam', 'prod', '2200', 200), cat('crew', 'prod', '2100', 100)];

let n = 0;
const line = (categoryId: string, estimate: string, extra: Partial<BudgetLine> = {}): BudgetLine => ({
  id: `l${++n}`, categoryId, description: `Line ${n}`, accountCode: null, vendor: null, quantity: '1', unit: 'flat', rate: estimate, currency: 'IDR',
  exchangeRate: '1', multiplier: '1', fringeIds: [], notes: null, sortOrder: n * 10, subtotal: estimate, fringeTotal: '0', estimate,
  committed: '0', actual: '0', paid: '0', version: 1, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null, ...extra,
});

describe('grid model', () => {
  it('orders categories as a tree by sort order', () => {
    expect(orderCategories(categories).map((c) => [c.code, c.depth])).toEqual([['2000', 0], ['2100', 1], ['2200', 1], ['3000', 0]]);
  });

  it('groups lines under their category with a rolled-up subtotal after the subcategories', () => {
    const lines = [line('cam', '300'), line('prod', '100'), line('crew', '200'), line('post', '50')];
    const model = buildGridModel(categories, lines, {}, new Set());
    expect(model.rows.map((r) => (r.kind === 'line' ? r.line.description : `${r.kind}:${r.category.code}`))).toEqual([
      'category:2000', 'Line 2', 'category:2100', 'Line 3', 'subtotal:2100', 'category:2200', 'Line 1', 'subtotal:2200', 'subtotal:2000',
      'category:3000', 'Line 4', 'subtotal:3000',
    ]);
    const subtotal = model.rows.find((r) => r.kind === 'subtotal' && r.category.id === 'prod');
    expect(subtotal?.kind === 'subtotal' && subtotal.totals.estimate).toBe(600n);
    expect(model.totals.estimate).toBe(650n);
    expect(model.lineIds).toEqual(['l2', 'l3', 'l1', 'l4']);
    expect(model.rowIndexOfLine.get('l3')).toBe(3);
  });

  it('filters by text, vendor, category subtree and over budget, dropping empty categories', () => {
    const lines = [
      line('crew', '100', { vendor: 'PT Kru', description: 'Gaffer' }),
      line('cam', '100', { actual: '150', description: 'Camera rental' }),
      line('post', '100', { vendor: 'pt kru', notes: 'colour grading' }),
    ];
    const ids = (filters: Parameters<typeof buildGridModel>[2]) => buildGridModel(categories, lines, filters, new Set()).lineIds;
    expect(ids({ q: 'camera' })).toEqual([lines[1]!.id]);
    expect(ids({ q: 'GRADING' })).toEqual([lines[2]!.id]);
    expect(ids({ vendor: 'PT KRU' })).toEqual([lines[0]!.id, lines[2]!.id]);
    expect(ids({ category: 'prod' })).toEqual([lines[0]!.id, lines[1]!.id]);
    expect(ids({ over: true })).toEqual([lines[1]!.id]);
    const model = buildGridModel(categories, lines, { over: true }, new Set());
    expect(model.rows.filter((r) => r.kind === 'category').map((r) => r.category.code)).toEqual(['2000', '2200']);
    expect(model.matchingLines).toBe(1);
  });

  it('hides the lines of a collapsed category, and shows lines of unknown categories apart', () => {
    const lines = [line('crew', '1'), line('gone', '2')];
    const model = buildGridModel(categories, lines, {}, new Set(['prod']));
    expect(model.lineIds).toEqual([lines[1]!.id]);
    expect(model.rows.some((r) => r.kind === 'category' && r.category.id === UNCATEGORIZED)).toBe(true);
  });

  it('lists vendors once, ignoring case', () => {
    expect(distinctVendors([line('crew', '1', { vendor: 'B' }), line('crew', '1', { vendor: 'a' }), line('crew', '1', { vendor: 'b' })])).toEqual(['a', 'B']);
  });
});
