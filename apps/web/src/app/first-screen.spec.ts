import type { AnyRoute } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../lib/query-client';
import { startFirstScreen } from './first-screen';
import { createAppRouter } from './router';
import { budgetRoute } from './routes/org-routes';
import { timelineRoute } from './routes/schedule-routes';
import { loadBudgetPage, loadTimelinePage } from './routes/screen-data';

const ORG = '6f0b7a4e-2f7b-4d53-9d6b-2d7f3f6f8a11';
const EVENT = '0b3e1d8c-7f4a-4a57-8a3b-5b2f4c1f0e22';
const params = { orgId: ORG, eventId: EVENT };

let requested: string[];

// The screens' code is asked for too: let it finish loading before the environment goes away.
afterAll(() => Promise.all([loadBudgetPage(), loadTimelinePage()]));

// Routes know their full path once a router has built the tree.
beforeAll(() => void createAppRouter(createQueryClient()));

beforeEach(() => {
  requested = [];
  // Requests stay under way: what matters is which ones start.
  vi.stubGlobal('fetch', vi.fn((url: string) => {
    requested.push(url);
    return new Promise<Response>(() => undefined);
  }));
});
afterEach(() => vi.unstubAllGlobals());

const queryKeys = (queryClient: QueryClient) => queryClient.getQueryCache().getAll().map((q) => JSON.stringify(q.queryKey)).sort();

/** The route's own path with the ids filled in, as the address bar shows it. */
const pathOf = (route: AnyRoute) => route.fullPath.replace('$orgId', ORG).replace('$eventId', EVENT);

/** What the route's loader starts, after the session the app always asks for. */
function loaderKeys(route: AnyRoute): string[] {
  const queryClient = createQueryClient();
  startFirstScreen(queryClient, '/');
  void route.options.loader({ context: { queryClient }, params });
  return queryKeys(queryClient);
}

describe('startFirstScreen', () => {
  it.each([
    ['budget', budgetRoute as unknown as AnyRoute],
    ['timeline', timelineRoute as unknown as AnyRoute],
  ])('starts what the %s route loader asks for, from the route’s own path', (_, route) => {
    const queryClient = createQueryClient();
    startFirstScreen(queryClient, pathOf(route));
    expect(queryKeys(queryClient)).toEqual(loaderKeys(route));
    expect(queryKeys(queryClient).length).toBeGreaterThan(2);
  });

  it('asks only who is signed in on other screens', () => {
    const queryClient = createQueryClient();
    startFirstScreen(queryClient, `/orgs/${ORG}/events/${EVENT}`);
    expect(queryKeys(queryClient)).toEqual([JSON.stringify(['me'])]);
    expect(requested).toEqual(['/api/me']);
  });
});
