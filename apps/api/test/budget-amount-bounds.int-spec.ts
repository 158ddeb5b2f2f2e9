import { maxAmount, type BudgetLine, type BudgetSummary } from '@rundown/domain';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { jakartaEvent, join, TestClient, type Response } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();
const MAX = maxAmount('IDR');

async function newBudget(owner: TestClient) {
  const event = await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent());
  const base = `/api/orgs/${owner.orgId}/events/${event.body.id}/budget`;
  const budget = (await owner.get(base)).body;
  return { base, budgetId: budget.id as string, categoryIds: (budget.categories as { id: string }[]).map((c) => c.id) };
}

async function allLines(client: TestClient, base: string): Promise<BudgetLine[]> {
  const lines: BudgetLine[] = [];
  let cursor: string | null = null;
  do {
    const page: Response = await client.get(`${base}/lines?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    lines.push(...(page.body.items as BudgetLine[]));
    cursor = page.body.nextCursor;
  } while (cursor);
  return lines;
}

function expectOutOfRange(res: Response, mentions: RegExp) {
  expect(res.status).toBe(422);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.body.code).toBe('amount_out_of_range');
  expect(res.body.detail).toMatch(mentions);
}

/** The stored totals of a budget against a fresh aggregate of its lines, commitments and expenses. */
async function storedAgreesWithLines(budgetId: string) {
  const { rows: fresh } = await t.sql.query(
    `SELECT l.category_id, count(*)::int AS line_count, sum(l.estimate)::text AS estimate,
            coalesce(sum((SELECT sum(amount_budget) FROM commitments c WHERE c.line_id = l.id AND c.status = 'approved')), 0)::text AS committed,
            coalesce(sum((SELECT sum(amount_budget) FROM expenses x WHERE x.line_id = l.id AND x.status IN ('approved', 'paid'))), 0)::text AS actual,
            coalesce(sum((SELECT sum(amount_budget) FROM expenses x WHERE x.line_id = l.id AND x.status = 'paid')), 0)::text AS paid,
            (coalesce(sum((SELECT sum(amount_budget) FROM commitments c WHERE c.line_id = l.id AND c.status = 'pending')), 0)
             + coalesce(sum((SELECT sum(amount_budget) FROM expenses x WHERE x.line_id = l.id AND x.status = 'submitted')), 0))::text AS pending_amount
       FROM budget_lines l WHERE l.budget_id = $1 GROUP BY l.category_id ORDER BY l.category_id`,
    [budgetId],
  );
  const { rows: kept } = await t.sql.query(
    `SELECT category_id, line_count, estimate::text, committed::text, actual::text, paid::text, pending_amount::text
       FROM budget_category_totals WHERE budget_id = $1 AND line_count > 0 ORDER BY category_id`,
    [budgetId],
  );
  expect(kept).toEqual(fresh);
  const { rows: lines } = await t.sql.query(
    `SELECT l.id, l.committed::text, l.actual::text, l.pending_amount::text,
            coalesce((SELECT sum(amount_budget) FROM commitments c WHERE c.line_id = l.id AND c.status = 'approved'), 0)::text AS fresh_committed,
            coalesce((SELECT sum(amount_budget) FROM expenses x WHERE x.line_id = l.id AND x.status IN ('approved', 'paid')), 0)::text AS fresh_actual,
            (coalesce((SELECT sum(amount_budget) FROM commitments c WHERE c.line_id = l.id AND c.status = 'pending'), 0)
             + coalesce((SELECT sum(amount_budget) FROM expenses x WHERE x.line_id = l.id AND x.status = 'submitted'), 0))::text AS fresh_pending
       FROM budget_lines l WHERE l.budget_id = $1`,
    [budgetId],
  );
  for (const l of lines) expect([l.committed, l.actual, l.pending_amount]).toEqual([l.fresh_committed, l.fresh_actual, l.fresh_pending]);
}

describe('the largest amount', () => {
  let owner: TestClient;
  let manager: TestClient;

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('bounds');
    manager = await join(t.app, owner, 'manager');
    const org = await owner.get(`/api/orgs/${owner.orgId}`);
    await owner.patch(`/api/orgs/${owner.orgId}`, { approvalThreshold: '1' }, { headers: { 'if-match': org.headers.etag as string } });
  });

  it('refuses a second large line in one category, naming the category total, and changes nothing', async () => {
    const { base, categoryIds } = await newBudget(owner);
    const first = await owner.post(`${base}/lines`, { categoryId: categoryIds[0], description: 'Stadium', rate: String(MAX - 10n) });
    expect(first.status).toBe(201);
    const second = await owner.post(`${base}/lines`, { categoryId: categoryIds[0], description: 'Second stadium', rate: '11' });
    expectOutOfRange(second, /estimate of category/);
    expect(second.body.errors[0]).toMatchObject({ pointer: '/body', code: 'amount_out_of_range' });
    // In another category the budget total would pass the bound instead.
    const elsewhere = await owner.post(`${base}/lines`, { categoryId: categoryIds[1], description: 'Arena', rate: '11' });
    expectOutOfRange(elsewhere, /estimate of the budget/);
    const exact = await owner.post(`${base}/lines`, { categoryId: categoryIds[1], description: 'Arena', rate: '10' });
    expect(exact.status).toBe(201);
    const summary: BudgetSummary = (await owner.get(`${base}/summary`)).body;
    expect(summary.totals.estimate).toBe(MAX.toString());
    expect(await allLines(owner, base)).toHaveLength(2);
    // A budget exactly at the bound can still be baselined; lowering a line is always allowed.
    expect((await owner.post(`${base}/baselines`, { name: 'At the bound' })).status).toBe(201);
    const line = first.body as BudgetLine;
    expect((await owner.patch(`${base}/lines/${line.id}`, { rate: '5' }, { headers: { 'if-match': `"${line.version}"` } })).status).toBe(200);
  });

  it('refuses a single rate or amount above the bound of its currency', async () => {
    const { base, categoryIds } = await newBudget(owner);
    const rate = await owner.post(`${base}/lines`, { categoryId: categoryIds[0], description: 'Too much', rate: String(MAX + 1n) });
    expectOutOfRange(rate, /rate/);
    expect(rate.body.errors[0].pointer).toBe('/body/rate');
    const estimate = await owner.post(`${base}/lines`, { categoryId: categoryIds[0], description: 'Many', quantity: '2', rate: String(MAX / 2n + 1n) });
    expectOutOfRange(estimate, /line subtotal/);
    const usd = await owner.post(`${base}/lines`, { categoryId: categoryIds[0], description: 'Imported', rate: '999999999999999999', currency: 'USD', exchangeRate: '16000' });
    expectOutOfRange(usd, /rate|estimate|subtotal/);
    const flat = await owner.post(`/api/orgs/${owner.orgId}/fringes`, { kind: 'flat', name: 'Huge fee', amount: String(MAX + 1n), currency: 'IDR' });
    expectOutOfRange(flat, /fringe amount/);
  });

  it('refuses a 1000 % fringe that would take a large line past the bound, and keeps every line as it was', async () => {
    const { base, budgetId, categoryIds } = await newBudget(owner);
    const fringe = (await owner.post(`/api/orgs/${owner.orgId}/fringes`, { kind: 'percent', name: 'Surcharge', basisPoints: 1000 })).body;
    const line = (await owner.post(`${base}/lines`, { categoryId: categoryIds[0], description: 'Rigging', rate: '40000000000000', fringeIds: [fringe.id] })).body;
    expect(line.estimate).toBe('44000000000000');
    const tenfold = await owner.patch(`/api/orgs/${owner.orgId}/fringes/${fringe.id}`, { basisPoints: 100_000 }, { headers: { 'if-match': '"1"' } });
    expect(tenfold.status).toBe(200);
    const direct = await owner.post(`${base}/lines`, { categoryId: categoryIds[0], description: 'Big', rate: String(MAX / 5n), fringeIds: [fringe.id] });
    expectOutOfRange(direct, /line (fringes|estimate)/);
    const [lineAfter] = await allLines(owner, base);
    expect(lineAfter!.estimate).toBe('440000000000000');
    const more = await owner.post(`${base}/lines`, { categoryId: categoryIds[0], description: 'More rigging', rate: '60000000000000' });
    expect(more.status).toBe(201);
    const onSecond = await owner.patch(`${base}/lines/${more.body.id}`, { fringeIds: [fringe.id] }, { headers: { 'if-match': `"${more.body.version}"` } });
    expectOutOfRange(onSecond, /estimate of category/);
    // Raising a rule already on a large line: refused, and no line that uses it moves.
    const small = (await owner.post(`/api/orgs/${owner.orgId}/fringes`, { kind: 'percent', name: 'Levy', basisPoints: 100 })).body;
    const { base: other } = await newBudget(owner);
    const large = (await owner.post(`${other}/lines`, { categoryId: (await owner.get(other)).body.categories[0].id, description: 'Stage', rate: String(MAX / 5n), fringeIds: [small.id] })).body;
    expectOutOfRange(await owner.patch(`/api/orgs/${owner.orgId}/fringes/${small.id}`, { basisPoints: 100_000 }, { headers: { 'if-match': '"1"' } }), /line (fringes|estimate)/);
    expect((await allLines(owner, other))[0]).toMatchObject({ estimate: large.estimate, version: large.version });
    await storedAgreesWithLines(budgetId);
  });

  it('refuses the pending commitment that would take a line past the bound', async () => {
    const { base, budgetId, categoryIds } = await newBudget(owner);
    const line = (await owner.post(`${base}/lines`, { categoryId: categoryIds[0], description: 'Venue', rate: '1000' })).body;
    const commit = () =>
      owner.post(`${base}/commitments`, { lineId: line.id, vendor: 'PT Besar', issuedOn: '2026-12-01', amount: String(MAX / 4n), currency: 'IDR' });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) statuses.push((await commit()).status);
    expect(statuses).toEqual([201, 201, 201, 201, 422, 422, 422, 422, 422, 422]);
    expectOutOfRange(await commit(), /pending amount of line “Venue”/);
    // Approving moves pending into committed: both stay within the bound.
    const pending = (await owner.get(`${base}/commitments?lineId=${line.id}&status=pending`)).body.items;
    const approved = await manager.post(`${base}/commitments/${pending[0].id}/decision`, { action: 'approve' });
    expect(approved.status).toBe(200);
    await storedAgreesWithLines(budgetId);
  });

  it('never answers 500 and never leaves a stored total that disagrees with its lines, whatever the edits near the bound', async () => {
    const { base, budgetId, categoryIds } = await newBudget(owner);
    const fringe = (await owner.post(`/api/orgs/${owner.orgId}/fringes`, { kind: 'percent', name: 'Tax', basisPoints: 1100 })).body;
    let fringeVersion: number = fringe.version;
    const nearBound = fc.bigInt({ min: MAX / 8n, max: MAX + 2n });
    const op = fc.oneof(
      fc.record({ kind: fc.constant('create' as const), category: fc.nat(2), qty: fc.integer({ min: 0, max: 3000 }), rate: nearBound, taxed: fc.boolean() }),
      fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), qty: fc.integer({ min: 0, max: 3000 }), category: fc.nat(2) }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('commit' as const), pick: fc.nat(), amount: nearBound }),
      fc.record({ kind: fc.constant('fringe' as const), basisPoints: fc.integer({ min: 0, max: 100_000 }) }),
      fc.record({ kind: fc.constant('expense' as const), pick: fc.nat(), amount: nearBound }),
      fc.record({ kind: fc.constant('approve' as const), what: fc.constantFrom('commitments' as const, 'expenses' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('pay' as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        for (const o of ops) {
          const lines = await allLines(owner, base);
          const target = lines.length > 0 && 'pick' in o ? lines[o.pick % lines.length]! : undefined;
          let res: Response | undefined;
          if (o.kind === 'create') {
            res = await owner.post(`${base}/lines`, {
              categoryId: categoryIds[o.category], description: 'Generated', quantity: (o.qty / 1000).toString(), rate: o.rate.toString(),
              fringeIds: o.taxed ? [fringe.id] : [],
            });
          } else if (o.kind === 'update' && target) {
            res = await owner.patch(`${base}/lines/${target.id}`, { quantity: (o.qty / 1000).toString(), categoryId: categoryIds[o.category] }, {
              headers: { 'if-match': `"${target.version}"` },
            });
          } else if (o.kind === 'delete' && target) {
            res = await owner.delete(`${base}/lines/${target.id}`);
          } else if (o.kind === 'commit' && target) {
            res = await owner.post(`${base}/commitments`, { lineId: target.id, vendor: 'PT Acak', issuedOn: '2026-12-01', amount: o.amount.toString(), currency: 'IDR' });
          } else if (o.kind === 'fringe') {
            res = await owner.patch(`/api/orgs/${owner.orgId}/fringes/${fringe.id}`, { basisPoints: o.basisPoints }, { headers: { 'if-match': `"${fringeVersion}"` } });
            if (res.status === 200) fringeVersion = res.body.version;
          } else if (o.kind === 'expense' && target) {
            res = await owner.post(`${base}/expenses`, { lineId: target.id, payee: 'PT Acak', spentOn: '2026-12-02', amount: o.amount.toString(), currency: 'IDR' });
          } else if (o.kind === 'approve' || o.kind === 'pay') {
            const what = o.kind === 'pay' ? 'expenses' : o.what;
            const status = o.kind === 'pay' ? 'approved' : what === 'expenses' ? 'submitted' : 'pending';
            const items = (await owner.get(`${base}/${what}?status=${status}&limit=50`)).body.items as { id: string }[];
            const item = items[o.pick % Math.max(items.length, 1)];
            if (item) res = await (o.kind === 'pay' ? owner : manager).post(`${base}/${what}/${item.id}/decision`, { action: o.kind });
          }
          if (!res) continue;
          expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
          if (res.status >= 400) expect(res.body.code).toBe('amount_out_of_range');
        }
        await storedAgreesWithLines(budgetId);
        const summary: BudgetSummary = (await owner.get(`${base}/summary`)).body;
        const lines = await allLines(owner, base);
        expect(summary.totals.estimate).toBe(lines.reduce((sum, l) => sum + BigInt(l.estimate), 0n).toString());
        for (const l of lines) expect(BigInt(l.estimate)).toBeLessThanOrEqual(MAX);
        expect(BigInt(summary.totals.estimate)).toBeLessThanOrEqual(MAX);
        for (const amount of [summary.totals.committed, summary.totals.actual, summary.totals.paid, summary.pending.amount]) expect(BigInt(amount)).toBeLessThanOrEqual(MAX);
        expect((await owner.post(`${base}/baselines`, { name: 'Checkpoint' })).status).toBe(201);
      }),
      { numRuns: 20 },
    );
  });
});
