import { randomUUID } from 'node:crypto';
import { lineEstimate, type BudgetLine, type BudgetSummary } from '@rundown/domain';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { jakartaEvent, join, TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

async function newBudget(owner: TestClient, overrides: Record<string, unknown> = {}) {
  const event = await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent(overrides));
  const base = `/api/orgs/${owner.orgId}/events/${event.body.id}/budget`;
  const budget = (await owner.get(base)).body;
  return { base, budget, categoryId: budget.categories[0].id as string };
}

async function allLines(client: TestClient, base: string): Promise<BudgetLine[]> {
  const lines: BudgetLine[] = [];
  let cursor: string | null = null;
  do {
    const page: { body: { items: BudgetLine[]; nextCursor: string | null } } = await client.get(`${base}/lines?limit=50${cursor ? `&cursor=${cursor}` : ''}`);
    lines.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return lines;
}

describe('budget structure', () => {
  it('starts from the template for the event kind, in the event currency and the organization language', async () => {
    const owner = await new TestClient(t.app).signup('template');
    const live = await newBudget(owner);
    expect(live.budget.currency).toBe('IDR');
    expect(live.budget.categories.map((c: { name: string }) => c.name)).toContain('Tata Suara');
    const film = await newBudget(owner, { kind: 'film', currency: 'USD' });
    const roots = film.budget.categories.filter((c: { parentId: string | null }) => c.parentId === null);
    expect(roots.map((c: { name: string }) => c.name)).toEqual(['Above the Line', 'Produksi', 'Pascaproduksi', 'Lain-lain']);
    expect(film.budget.categories.length).toBeGreaterThan(roots.length);
    expect(film.budget.currency).toBe('USD');
  });

  it('adds, renames, nests and deletes categories, refusing cycles and non-empty deletes', async () => {
    const owner = await new TestClient(t.app).signup('categories');
    const { base, categoryId } = await newBudget(owner);
    const child = await owner.post(`${base}/categories`, { parentId: categoryId, name: 'Sewa genset', code: '110' });
    expect(child.status).toBe(201);
    const cycle = await owner.patch(`${base}/categories/${categoryId}`, { parentId: child.body.id }, { headers: { 'if-match': '"1"' } });
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors[0].pointer).toBe('/body/parentId');
    const renamed = await owner.patch(`${base}/categories/${child.body.id}`, { name: 'Genset 500 kVA' }, { headers: { 'if-match': '"1"' } });
    expect(renamed.body).toMatchObject({ name: 'Genset 500 kVA', version: 2 });
    expect((await owner.delete(`${base}/categories/${categoryId}`)).status).toBe(409);
    expect((await owner.delete(`${base}/categories/${child.body.id}`)).status).toBe(204);
  });
});

describe('lines and totals', () => {
  it('computes the estimate in the domain and rolls it up exactly', async () => {
    const owner = await new TestClient(t.app).signup('lines');
    const { base, categoryId } = await newBudget(owner);
    const line = await owner.post(`${base}/lines`, { categoryId, description: 'Sewa LED 6x4m', quantity: '2.5', rate: '1000001', multiplier: '3', unit: 'day' });
    expect(line.status).toBe(201);
    expect(line.body).toMatchObject({ quantity: '2.5', multiplier: '3', subtotal: '7500008', estimate: '7500008', currency: 'IDR', version: 1 });
    const usd = await owner.post(`${base}/lines`, { categoryId, description: 'Artist flight', rate: '125050', currency: 'USD', exchangeRate: '16250.5' });
    expect(usd.body.estimate).toBe('20321250');
    const fractional = await owner.post(`${base}/lines`, { categoryId, description: 'x', quantity: '1.0001' });
    expect(fractional.status).toBe(400);
    expect(fractional.body.errors[0].pointer).toBe('/body/quantity');
    const bad = await owner.post(`${base}/lines`, { categoryId: randomUUID(), description: 'x' });
    expect(bad.status).toBe(400);

    const summary: BudgetSummary = (await owner.get(`${base}/summary`)).body;
    expect(summary.totals.estimate).toBe((7500008n + 20321250n).toString());
    expect(summary.lineCount).toBe(2);
    expect(summary.categories.find((c) => c.id === categoryId)!.totals.estimate).toBe(summary.totals.estimate);
  });

  it('keeps totals equal to the sum of lines under any sequence of edits', async () => {
    const owner = await new TestClient(t.app).signup('property');
    const { base, budget } = await newBudget(owner);
    const fringe = await owner.post(`/api/orgs/${owner.orgId}/fringes`, { kind: 'percent', name: 'PPN', basisPoints: 1100 });
    const categoryIds: string[] = budget.categories.slice(0, 3).map((c: { id: string }) => c.id);
    const op = fc.oneof(
      fc.record({ kind: fc.constant('create' as const), category: fc.nat(2), qty: fc.integer({ min: 0, max: 5000 }), rate: fc.integer({ min: 0, max: 50_000_000 }), ppn: fc.boolean() }),
      fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), qty: fc.integer({ min: 0, max: 5000 }), category: fc.nat(2) }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        for (const o of ops) {
          const lines = await allLines(owner, base);
          if (o.kind === 'create') {
            await owner.post(`${base}/lines`, {
              categoryId: categoryIds[o.category], description: 'Generated', quantity: (o.qty / 10).toString(), rate: String(o.rate),
              fringeIds: o.ppn ? [fringe.body.id] : [],
            });
          } else if (lines.length > 0) {
            const target = lines[o.pick % lines.length]!;
            if (o.kind === 'update') {
              await owner.patch(`${base}/lines/${target.id}`, { quantity: (o.qty / 100).toString(), categoryId: categoryIds[o.category] }, { headers: { 'if-match': `"${target.version}"` } });
            } else {
              await owner.delete(`${base}/lines/${target.id}`);
            }
          }
        }
        const lines = await allLines(owner, base);
        const summary: BudgetSummary = (await owner.get(`${base}/summary`)).body;
        const expected = lines.reduce((sum, l) => sum + BigInt(l.estimate), 0n);
        expect(summary.totals.estimate).toBe(expected.toString());
        for (const l of lines) {
          const rules = l.fringeIds.length ? [{ id: fringe.body.id, kind: 'percent' as const, basisPoints: 1100 }] : [];
          expect(l.estimate).toBe(lineEstimate(l, rules, 'IDR').estimate.toString());
        }
        for (const id of categoryIds) {
          const own = lines.filter((l) => l.categoryId === id).reduce((sum, l) => sum + BigInt(l.estimate), 0n);
          expect(summary.categories.find((c) => c.id === id)!.totals.estimate).toBe(own.toString());
        }
      }),
      { numRuns: 12 },
    );
  });

  it('recomputes every line when a fringe rule changes or goes away', async () => {
    const owner = await new TestClient(t.app).signup('fringes');
    const { base, categoryId } = await newBudget(owner);
    const ppn = (await owner.post(`/api/orgs/${owner.orgId}/fringes`, { kind: 'percent', name: 'PPN', basisPoints: 1100 })).body;
    const fee = (await owner.post(`/api/orgs/${owner.orgId}/fringes`, { kind: 'flat', name: 'BPJS', amount: '50000', currency: 'IDR' })).body;
    const usdFlat = (await owner.post(`/api/orgs/${owner.orgId}/fringes`, { kind: 'flat', name: 'Fee', amount: '500', currency: 'USD' })).body;
    const line = (await owner.post(`${base}/lines`, { categoryId, description: 'Kru panggung', quantity: '10', rate: '750000', fringeIds: [ppn.id, fee.id] })).body;
    expect(line).toMatchObject({ subtotal: '7500000', fringeTotal: '875000', estimate: '8375000' });
    expect((await owner.post(`${base}/lines`, { categoryId, description: 'x', fringeIds: [usdFlat.id] })).status).toBe(400);

    await owner.patch(`/api/orgs/${owner.orgId}/fringes/${ppn.id}`, { basisPoints: 1200 }, { headers: { 'if-match': '"1"' } });
    const [after] = await allLines(owner, base);
    expect(after).toMatchObject({ fringeTotal: '950000', estimate: '8450000', version: 2 });
    await owner.delete(`/api/orgs/${owner.orgId}/fringes/${fee.id}`);
    const [final] = await allLines(owner, base);
    expect(final).toMatchObject({ fringeTotal: '900000', estimate: '8400000', fringeIds: [ppn.id] });
  });
});

describe('concurrent edits', () => {
  it('lets exactly 1 of 50 concurrent PATCHes with the same version through; 49 get 412 with the current row', async () => {
    const owner = await new TestClient(t.app).signup('race');
    const { base, categoryId } = await newBudget(owner);
    const line = (await owner.post(`${base}/lines`, { categoryId, description: 'Rigging', rate: '1000' })).body;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => owner.patch(`${base}/lines/${line.id}`, { rate: String(2000 + i) }, { headers: { 'if-match': '"1"' } })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const stale = results.filter((r) => r.status === 412);
    expect(stale).toHaveLength(49);
    expect(stale[0]!.body.current).toMatchObject({ id: line.id });
    const [current] = await allLines(owner, base);
    expect(current!.version).toBe(2);
  });
});

describe('commitments, expenses and approvals', () => {
  let owner: TestClient;
  let manager: TestClient;
  let base: string;
  let lineId: string;

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('approvals');
    manager = await join(t.app, owner, 'manager');
    const org = await owner.get(`/api/orgs/${owner.orgId}`);
    await owner.patch(`/api/orgs/${owner.orgId}`, { approvalThreshold: '10000000' }, { headers: { 'if-match': org.headers.etag as string } });
    const budget = await newBudget(owner);
    base = budget.base;
    lineId = (await owner.post(`${base}/lines`, { categoryId: budget.categoryId, description: 'Sound system', rate: '50000000' })).body.id;
  });

  it('counts small items at once and holds large ones for someone else to approve', async () => {
    const small = await owner.post(`${base}/commitments`, { lineId, vendor: 'PT Suara Jaya', issuedOn: '2026-12-01', amount: '5000000', currency: 'IDR' });
    expect(small.body.status).toBe('approved');
    const large = await owner.post(`${base}/commitments`, { lineId, vendor: 'PT Suara Jaya', issuedOn: '2026-12-02', amount: '30000000', currency: 'IDR' });
    expect(large.body.status).toBe('pending');
    let summary: BudgetSummary = (await owner.get(`${base}/summary`)).body;
    expect(summary.totals.committed).toBe('5000000');
    expect(summary.pending).toEqual({ commitments: 1, expenses: 0, amount: '30000000' });

    const self = await owner.post(`${base}/commitments/${large.body.id}/decision`, { action: 'approve' });
    expect(self.status).toBe(403);
    const approved = await manager.post(`${base}/commitments/${large.body.id}/decision`, { action: 'approve' });
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: 'A manager' });
    summary = (await owner.get(`${base}/summary`)).body;
    expect(summary.totals.committed).toBe('35000000');
    expect(summary.pending.commitments).toBe(0);
    const again = await manager.post(`${base}/commitments/${large.body.id}/decision`, { action: 'approve' });
    expect(again.status).toBe(409);
  });

  it('tracks actual and paid, converts other currencies, and flags over budget', async () => {
    const usd = await manager.post(`${base}/expenses`, {
      lineId, payee: 'Shure Asia', spentOn: '2026-12-03', amount: '300000', currency: 'USD', exchangeRate: '16000', reference: 'INV-88',
    });
    expect(usd.body).toMatchObject({ status: 'submitted', amountInBudgetCurrency: '48000000' });
    await owner.post(`${base}/expenses/${usd.body.id}/decision`, { action: 'approve' });
    const paid = await owner.post(`${base}/expenses/${usd.body.id}/decision`, { action: 'pay' });
    expect(paid.body.status).toBe('paid');
    const small = await owner.post(`${base}/expenses`, { lineId, payee: 'Toko Kabel', spentOn: '2026-12-03', amount: '3000000', currency: 'IDR' });
    expect(small.body.status).toBe('approved');

    const [line] = await allLines(owner, base);
    expect(line).toMatchObject({ estimate: '50000000', committed: '35000000', actual: '51000000', paid: '48000000' });
    const summary: BudgetSummary = (await owner.get(`${base}/summary`)).body;
    expect(summary.totals).toMatchObject({ actual: '51000000', variance: '-1000000', remaining: '-1000000', overBudget: true, usedBasisPoints: 10200 });
    const list = await owner.get(`${base}/expenses?lineId=${lineId}`);
    expect(list.body.items).toHaveLength(2);
  });

  it('keeps the maintained totals equal to a fresh aggregate of commitments and expenses', async () => {
    const { rows } = await t.sql.query(
      `SELECT l.category_id,
              sum(l.estimate)::text AS estimate,
              coalesce(sum((SELECT sum(amount_budget) FROM commitments c WHERE c.line_id = l.id AND c.status = 'approved')), 0)::text AS committed,
              coalesce(sum((SELECT sum(amount_budget) FROM expenses x WHERE x.line_id = l.id AND x.status IN ('approved', 'paid'))), 0)::text AS actual,
              coalesce(sum((SELECT sum(amount_budget) FROM expenses x WHERE x.line_id = l.id AND x.status = 'paid')), 0)::text AS paid
         FROM budget_lines l WHERE l.id = $1 GROUP BY l.category_id`,
      [lineId],
    );
    const { rows: kept } = await t.sql.query(
      `SELECT category_id, estimate::text, committed::text, actual::text, paid::text FROM budget_category_totals WHERE category_id = $1`,
      [rows[0].category_id],
    );
    expect(kept[0]).toEqual(rows[0]);
  });

  it('audits each line, commitment and expense change', async () => {
    const log = await owner.get(`/api/orgs/${owner.orgId}/audit?entityType=commitment`);
    expect(log.body.items.length).toBeGreaterThanOrEqual(3);
    expect(log.body.items.find((e: { action: string }) => e.action === 'update').after.status).toBe('approved');
    const history = await owner.get(`/api/orgs/${owner.orgId}/audit?entityType=budget_line&entityId=${lineId}`);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['create']);
  });
});

describe('line history', () => {
  it('shows a line its own changes to anyone who may read the budget', async () => {
    const owner = await new TestClient(t.app).signup('history');
    const coordinator = await join(t.app, owner, 'coordinator');
    const { base, categoryId } = await newBudget(owner);
    const line = (await owner.post(`${base}/lines`, { categoryId, description: 'Panggung', rate: '1000' })).body;
    await owner.patch(`${base}/lines/${line.id}`, { rate: '2000' }, { headers: { 'if-match': '"1"' } });
    const history = await coordinator.get(`${base}/lines/${line.id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(history.body.items[0]).toMatchObject({ before: { rate: '1000' }, after: { rate: '2000' }, actorName: 'history' });
    expect((await coordinator.get(`/api/orgs/${owner.orgId}/audit`)).status).toBe(403);
  });
});
