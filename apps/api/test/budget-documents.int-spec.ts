import { parseCsv, parseMoney, type BudgetSummary, type CurrencyCode } from '@rundown/domain';
import { describe, expect, it } from 'vitest';
import { jakartaEvent, TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

async function setup(label: string) {
  const owner = await new TestClient(t.app).signup(label);
  const event = await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent({ name: 'Konser =SUM(A1)' }));
  const base = `/api/orgs/${owner.orgId}/events/${event.body.id}/budget`;
  const budget = (await owner.get(base)).body;
  return { owner, base, budget, eventId: event.body.id as string };
}

const row = (overrides: Record<string, unknown> = {}) => ({ category: 'Tata Suara', description: 'Sewa mic wireless', quantity: '8', unit: 'item', rate: '350000', ...overrides });

describe('CSV import', () => {
  it('writes nothing when one row is bad, and names every bad row', async () => {
    const { owner, base } = await setup('import-bad');
    const rows = [row(), row({ category: 'Tidak Ada' }), row(), row({ fringes: ['Nope'] })];
    const res = await owner.post(`${base}/lines/import`, { rows });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/body/rows/1/category', '/body/rows/3/fringes']);
    expect(res.body.detail).toMatch(/2 rows/);
    expect((await owner.get(`${base}/lines`)).body.items).toEqual([]);
    const invalid = await owner.post(`${base}/lines/import`, { rows: [row({ rate: '12.5' })] });
    expect(invalid.body.errors[0].pointer).toBe('/body/rows/0/rate');
  });

  it('imports all rows by category code or name, with fringes, exactly once per Idempotency-Key', async () => {
    const { owner, base } = await setup('import-ok');
    await owner.post(`/api/orgs/${owner.orgId}/fringes`, { kind: 'percent', name: 'PPN', basisPoints: 1100 });
    const rows = Array.from({ length: 250 }, (_, i) => row({ category: i % 2 ? '300' : 'tata suara', description: `Item ${i}`, fringes: i === 0 ? ['ppn'] : [] }));
    const headers = { 'idempotency-key': 'import-2026-12-01-a' };
    const first = await owner.post(`${base}/lines/import`, { rows }, { headers });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ created: 250 });
    const retry = await owner.post(`${base}/lines/import`, { rows }, { headers });
    expect(retry.body).toEqual({ created: 250 });
    const reused = await owner.post(`${base}/lines/import`, { rows: rows.slice(1) }, { headers });
    expect(reused.status).toBe(409);
    const summary: BudgetSummary = (await owner.get(`${base}/summary`)).body;
    expect(summary.lineCount).toBe(250);
    expect(summary.totals.estimate).toBe((250n * 8n * 350000n + 308000n).toString());
  });

  it('replays concurrent duplicates instead of doubling', async () => {
    const { owner, base } = await setup('import-race');
    const rows = [row(), row()];
    const results = await Promise.all(
      Array.from({ length: 5 }, () => owner.post(`${base}/lines/import`, { rows }, { headers: { 'idempotency-key': 'same-upload-123' } })),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect((await owner.get(`${base}/summary`)).body.lineCount).toBe(2);
  });
});

describe('exports', () => {
  it('exports CSV that neutralizes formulas and re-imports to the same totals', async () => {
    const { owner, base } = await setup('export');
    const category = (await owner.get(base)).body.categories[2];
    await owner.post(`${base}/lines`, { categoryId: category.id, description: '=HYPERLINK("http://evil")', rate: '1250000', quantity: '2' });
    await owner.post(`${base}/lines`, { categoryId: category.id, description: 'Flight', rate: '12550', currency: 'USD', exchangeRate: '16000.5' });
    const csv = await owner.get(`${base}/export.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="konser-sum-a1-budget.csv"/);
    const [header, ...rows] = parseCsv(csv.body as string);
    expect(header).toContain('estimate');
    expect(rows[0]![1]).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[1]![6]).toBe('125.5');

    const other = await setup('reimport');
    const mapped = rows.map((r) => ({
      category: r[0]!, description: r[1]!, quantity: r[4]!, unit: r[5]!, rate: parseMoney(r[6]!, r[7] as CurrencyCode, 'en')!.toString(),
      currency: r[7]!, exchangeRate: r[8]!, multiplier: r[9]!,
    }));
    expect((await other.owner.post(`${other.base}/lines/import`, { rows: mapped })).status).toBe(201);
    const a: BudgetSummary = (await owner.get(`${base}/summary`)).body;
    const b: BudgetSummary = (await other.owner.get(`${other.base}/summary`)).body;
    expect(b.totals.estimate).toBe(a.totals.estimate);
  });

  it('renders the top sheet as a PDF', async () => {
    const { owner, base } = await setup('pdf');
    const res = await t.app.inject({ method: 'GET', url: `${base}/top-sheet.pdf?locale=en`, headers: { cookie: owner.cookie! } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(1000);
  });
});

describe('baselines and templates', () => {
  it('compares the current budget with a locked baseline by category and line', async () => {
    const { owner, base, budget } = await setup('baseline');
    const sound = budget.categories.find((c: { code: string }) => c.code === '300');
    const kept = (await owner.post(`${base}/lines`, { categoryId: sound.id, description: 'Line array', rate: '40000000' })).body;
    const dropped = (await owner.post(`${base}/lines`, { categoryId: sound.id, description: 'Monitor', rate: '5000000' })).body;
    const baseline = await owner.post(`${base}/baselines`, { name: 'Client approved v1' });
    expect(baseline.body).toMatchObject({ name: 'Client approved v1', total: '45000000' });

    await owner.patch(`${base}/lines/${kept.id}`, { rate: '42000000' }, { headers: { 'if-match': '"1"' } });
    await owner.delete(`${base}/lines/${dropped.id}`);
    await owner.post(`${base}/lines`, { categoryId: sound.id, description: 'Subwoofer', rate: '6000000' });

    const cmp = (await owner.get(`${base}/baselines/${baseline.body.id}/comparison`)).body;
    expect(cmp.totals).toEqual({ baseline: '45000000', current: '48000000', delta: '3000000' });
    expect(cmp.categories.find((c: { id: string }) => c.id === sound.id)).toMatchObject({ baseline: '45000000', current: '48000000' });
    expect(cmp.lines.map((l: { description: string; change: string }) => `${l.change}:${l.description}`).sort()).toEqual([
      'added:Subwoofer', 'changed:Line array', 'removed:Monitor',
    ]);
    expect((await owner.get(`${base}/baselines`)).body.items).toHaveLength(1);
  });

  it('saves a budget as a template and starts an empty budget from it', async () => {
    const { owner, base, budget, eventId } = await setup('template-src');
    const sub = await owner.post(`${base}/categories`, { parentId: budget.categories[0].id, name: 'Genset', code: '110' });
    await owner.post(`${base}/lines`, { categoryId: sub.body.id, description: 'Genset 500 kVA', rate: '7500000', quantity: '2' });
    const template = await owner.post(`/api/orgs/${owner.orgId}/budget-templates`, { name: 'Konser standar', eventId });
    expect(template.body).toMatchObject({ categoryCount: 13, lineCount: 1 });

    const next = await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent({ kind: 'other', name: 'Konser 2027' }));
    const nextBase = `/api/orgs/${owner.orgId}/events/${next.body.id}/budget`;
    const applied = await owner.post(`${nextBase}/apply-template`, { templateId: template.body.id });
    expect(applied.status).toBe(200);
    expect(applied.body.categories.map((c: { name: string }) => c.name)).toContain('Genset');
    expect((await owner.get(`${nextBase}/summary`)).body.totals.estimate).toBe('15000000');
    expect((await owner.post(`${nextBase}/apply-template`, { templateId: template.body.id })).status).toBe(409);
  });
});
