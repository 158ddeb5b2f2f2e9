import type { BudgetSummary } from '@rundown/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { jakartaEvent, TestClient } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

/*
 * Budget summaries are kept until a change to them is committed (BudgetSummaryCache). Every read
 * here follows a change with no wait: a kept summary must never show what the database no longer holds.
 */
describe('budget summary after every kind of change', () => {
  let owner: TestClient;
  let eventId: string;
  let base: string;
  let categoryId: string;

  const summary = async (): Promise<BudgetSummary> => {
    const res = await owner.get(`${base}/summary`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const category = async (id: string) => (await summary()).categories.find((c) => c.id === id);

  beforeAll(async () => {
    owner = await new TestClient(t.app).signup('summary-cache');
    eventId = (await owner.post(`/api/orgs/${owner.orgId}/events`, jakartaEvent({ name: 'Konser Kas' }))).body.id;
    base = `/api/orgs/${owner.orgId}/events/${eventId}/budget`;
    categoryId = (await owner.get(base)).body.categories[0].id;
  });

  it('follows lines added, edited, moved and deleted', async () => {
    expect((await summary()).lineCount).toBe(0);
    const line = (await owner.post(`${base}/lines`, { categoryId, description: 'Line array', quantity: '2', rate: '1000000' })).body;
    expect(await summary()).toMatchObject({ lineCount: 1, totals: { estimate: '2000000' } });

    const edited = (await owner.patch(`${base}/lines/${line.id}`, { quantity: '3' }, { headers: { 'if-match': `"${line.version}"` } })).body;
    expect((await summary()).totals.estimate).toBe('3000000');

    const other = (await owner.get(base)).body.categories[1].id;
    await owner.patch(`${base}/lines/${line.id}`, { categoryId: other }, { headers: { 'if-match': `"${edited.version}"` } });
    expect((await category(other))!.totals.estimate).toBe('3000000');
    expect((await category(categoryId))!.totals.estimate).toBe('0');

    await owner.delete(`${base}/lines/${line.id}`);
    expect(await summary()).toMatchObject({ lineCount: 0, totals: { estimate: '0' } });
  });

  it('follows categories renamed, added and removed, and a fringe rule that recomputes lines', async () => {
    await owner.patch(`${base}/categories/${categoryId}`, { name: 'Venue & izin' }, { headers: { 'if-match': '"1"' } });
    expect((await category(categoryId))!.name).toBe('Venue & izin');
    const added = (await owner.post(`${base}/categories`, { parentId: categoryId, name: 'Genset', code: '110' })).body;
    expect((await category(added.id))!.parentId).toBe(categoryId);
    await owner.delete(`${base}/categories/${added.id}`);
    expect(await category(added.id)).toBeUndefined();

    const ppn = (await owner.post(`/api/orgs/${owner.orgId}/fringes`, { kind: 'percent', name: 'PPN', basisPoints: 1100 })).body;
    await owner.post(`${base}/lines`, { categoryId, description: 'Sewa venue', rate: '10000000', fringeIds: [ppn.id] });
    expect((await summary()).totals.estimate).toBe('11100000');
    await owner.patch(`/api/orgs/${owner.orgId}/fringes/${ppn.id}`, { basisPoints: 1200 }, { headers: { 'if-match': '"1"' } });
    expect((await summary()).totals.estimate).toBe('11200000');
  });

  it('follows commitments and expenses through approval and payment', async () => {
    const line = (await owner.post(`${base}/lines`, { categoryId, description: 'Catering', rate: '5000000' })).body;
    await owner.post(`${base}/commitments`, { lineId: line.id, vendor: 'Dapur Bu Ratna', issuedOn: '2026-12-01', amount: '4000000', currency: 'IDR' });
    expect((await summary()).totals.committed).toBe('4000000');
    const expense = (await owner.post(`${base}/expenses`, { lineId: line.id, payee: 'Dapur Bu Ratna', spentOn: '2026-12-02', amount: '1500000', currency: 'IDR' })).body;
    expect((await summary()).totals.actual).toBe('1500000');
    await owner.post(`${base}/expenses/${expense.id}/decision`, { action: 'pay' });
    expect((await summary()).totals.paid).toBe('1500000');
  });

  it('follows changes for a reader who writes the ids in upper case', async () => {
    const upper = `/api/orgs/${owner.orgId.toUpperCase()}/events/${eventId.toUpperCase()}/budget/summary`;
    const before = (await owner.get(upper)).body as BudgetSummary;
    await owner.post(`${base}/lines`, { categoryId, description: 'Genset', rate: '700000' });
    const after = (await owner.get(upper)).body as BudgetSummary;
    expect(BigInt(after.totals.estimate) - BigInt(before.totals.estimate)).toBe(700000n);
  });

  it('keeps nothing for an event asked for under another organization', async () => {
    await summary();
    const stranger = await new TestClient(t.app).signup('summary-stranger');
    expect((await stranger.get(`/api/orgs/${stranger.orgId}/events/${eventId}/budget/summary`)).status).toBe(404);
    expect((await stranger.get(`/api/orgs/${owner.orgId}/events/${eventId}/budget/summary`)).status).toBe(404);
  });
});
