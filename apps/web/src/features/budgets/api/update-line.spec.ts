import { toBudgetTotals, type BudgetLine, type BudgetSummary, type UpdateLineInput } from '@rundown/domain';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearCsrfToken } from '../../../lib/api-client';
import { jsonResponse } from '../../../test/render';
import { budgetKeys } from './keys';
import type { LinesData } from './list-lines';
import { LineConflictError, LineSync } from './update-line';

const ORG = '6f0b7a4e-2f7b-4d53-9d6b-2d7f3f6f8a11';
const EVENT = '0b3e1d8c-7f4a-4a57-8a3b-5b2f4c1f0e22';
const LINE = '1c9a4b2e-7f4a-4a57-8a3b-5b2f4c1f0e33';
const CAT = '2d8b5c3f-7f4a-4a57-8a3b-5b2f4c1f0e44';

const line: BudgetLine = {
  id: LINE, categoryId: CAT, description: 'Sound system', accountCode: null, vendor: null, quantity: '2', unit: 'day', rate: '1000000', currency: 'IDR',
  exchangeRate: '1', multiplier: '1', fringeIds: [], notes: null, sortOrder: 10, subtotal: '2000000', fringeTotal: '0', estimate: '2000000',
  committed: '0', actual: '0', paid: '0', version: 1, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'Rina',
};
const totals = (estimate: bigint) => toBudgetTotals({ estimate, committed: 0n, actual: 0n, paid: 0n });
const summary: BudgetSummary = {
  currency: 'IDR', lineCount: 1, totals: totals(2_000_000n),
  categories: [{ id: CAT, parentId: null, code: '300', name: 'Sound', totals: totals(2_000_000n) }],
  pending: { commitments: 0, expenses: 0, amount: '0' },
};

type Pending = { body: UpdateLineInput; ifMatch: string; respond: (r: Response) => void };
let patches: Pending[];

beforeEach(() => {
  clearCsrfToken();
  patches = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    if (url.endsWith('/api/auth/csrf')) return jsonResponse(200, { token: 'csrf-token' });
    return new Promise<Response>((respond) => {
      const headers = init.headers as Record<string, string>;
      patches.push({ body: JSON.parse(String(init.body)), ifMatch: headers['if-match']!, respond });
    });
  }));
});
afterEach(() => vi.unstubAllGlobals());

function setup() {
  const queryClient = new QueryClient();
  queryClient.setQueryData<LinesData>(budgetKeys.lines(ORG, EVENT), { lines: [line], complete: true });
  queryClient.setQueryData(budgetKeys.summary(ORG, EVENT), summary);
  const sync = new LineSync(queryClient, ORG, EVENT, { budgetCurrency: 'IDR', fringes: [] });
  sync.attach();
  /** What useLineEditor does around one change. */
  const update = async (patch: UpdateLineInput) => {
    const entry = sync.begin(LINE, patch)!;
    try {
      const saved = await sync.run(entry);
      sync.confirm(entry, saved);
      return saved;
    } catch (error) {
      sync.fail(entry, error);
      throw entry.error ?? error;
    }
  };
  const shown = () => queryClient.getQueryData<LinesData>(budgetKeys.lines(ORG, EVENT))!.lines[0]!;
  const total = () => sync.overlaySummary(queryClient.getQueryData<BudgetSummary>(budgetKeys.summary(ORG, EVENT))!).totals.estimate;
  return { sync, update, shown, total, queryClient };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 50 && !condition(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(condition()).toBe(true);
};

describe('LineSync: optimistic line edits', () => {
  it('shows the recomputed estimate and total at once, then the saved line', async () => {
    const { sync, update, shown, total } = setup();
    const done = update({ quantity: '3' });
    expect(shown()).toMatchObject({ quantity: '3', estimate: '3000000', version: 1 });
    expect(total()).toBe('3000000');
    await until(() => patches.length === 1);
    expect(patches[0]).toMatchObject({ body: { quantity: '3' }, ifMatch: '"1"' });
    patches[0]!.respond(jsonResponse(200, { ...line, quantity: '3', subtotal: '3000000', estimate: '3000000', version: 2 }));
    await done;
    sync.flush(); // confirmations are written in batches
    expect(shown()).toMatchObject({ estimate: '3000000', version: 2 });
    // Until a fresh summary arrives, the total keeps counting the saved change.
    expect(total()).toBe('3000000');
  });

  it('rolls back a change the server refuses, and the total with it', async () => {
    const { update, shown, total } = setup();
    const done = update({ rate: '5000000' });
    expect(total()).toBe('10000000');
    await until(() => patches.length === 1);
    patches[0]!.respond(jsonResponse(500, { type: 'about:blank', title: 'x', status: 500, code: 'internal', requestId: 'r' }, 'application/problem+json'));
    await expect(done).rejects.toMatchObject({ status: 500 });
    expect(shown()).toEqual(line);
    expect(total()).toBe('2000000');
  });

  it('sends changes to one line one after another, each with the version the previous returned', async () => {
    const { sync, update, shown } = setup();
    const first = update({ quantity: '3' });
    const second = update({ multiplier: '2' });
    expect(shown().estimate).toBe('6000000');
    await until(() => patches.length === 1);
    patches[0]!.respond(jsonResponse(200, { ...line, quantity: '3', subtotal: '3000000', estimate: '3000000', version: 2 }));
    await first;
    await until(() => patches.length === 2);
    expect(patches[1]).toMatchObject({ body: { multiplier: '2' }, ifMatch: '"2"' });
    expect(shown().estimate).toBe('6000000');
    patches[1]!.respond(jsonResponse(200, { ...line, quantity: '3', multiplier: '2', subtotal: '6000000', estimate: '6000000', version: 3 }));
    await second;
    sync.flush();
    expect(shown().version).toBe(3);
  });

  it('keeps my change aside on 412, then shows their version when asked', async () => {
    const { sync, update, shown } = setup();
    const theirs = { ...line, description: 'Sound system (Dimas)', version: 4, updatedBy: 'Dimas Prasetyo' };
    const done = update({ description: 'Sound system (Rina)' });
    await until(() => patches.length === 1);
    patches[0]!.respond(
      jsonResponse(412, { type: 'about:blank', title: 'x', status: 412, code: 'precondition_failed', requestId: 'r', current: theirs }, 'application/problem+json'),
    );
    const error = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineConflictError);
    expect((error as LineConflictError).current.updatedBy).toBe('Dimas Prasetyo');
    expect((error as LineConflictError).mine).toEqual({ description: 'Sound system (Rina)' });
    expect(shown()).toMatchObject({ description: 'Sound system (Rina)', version: 4 });
    sync.takeTheirs(LINE);
    expect(shown()).toEqual(theirs);
  });

  it('keeps the totals right when the summary is refetched while a conflict is open', async () => {
    const { sync, update, total, queryClient } = setup();
    const theirs = { ...line, rate: '1500000', subtotal: '3000000', estimate: '3000000', version: 4, updatedBy: 'Dimas' };
    const done = update({ quantity: '3' });
    await until(() => patches.length === 1);
    patches[0]!.respond(
      jsonResponse(412, { type: 'about:blank', title: 'x', status: 412, code: 'precondition_failed', requestId: 'r', current: theirs }, 'application/problem+json'),
    );
    await done.catch(() => undefined);
    expect(total()).toBe('4500000'); // their rate with my quantity, on a summary that predates their change
    // The summary is refetched: it now counts their version.
    const fresh = { ...summary, totals: totals(3_000_000n), categories: [{ ...summary.categories[0]!, totals: totals(3_000_000n) }] };
    await queryClient.fetchQuery({ queryKey: budgetKeys.summary(ORG, EVENT), queryFn: () => fresh });
    expect(total()).toBe('4500000');
    sync.takeTheirs(LINE);
    expect(total()).toBe('3000000');
  });
});
