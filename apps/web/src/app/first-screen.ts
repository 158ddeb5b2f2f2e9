import type { QueryClient } from '@tanstack/react-query';
import { meQueryOptions } from '../lib/session';
import { requestBudgetScreen, requestTimelineScreen } from './routes/screen-data';

const ID = '[0-9a-fA-F-]{36}';
/** `/orgs/$orgId/events/$eventId/budget` and `…/timeline`: the screens with the most to load. */
const EVENT_SCREEN = new RegExp(`^/orgs/(${ID})/events/(${ID})/(budget|timeline)/?$`);

/**
 * Starts what the screen at `pathname` asks for first, as its route would: who is signed in, and
 * for the budget and the timeline their data and code. Run before the router exists (see
 * `boot.ts`); the route loaders then find these requests under way in the query cache.
 */
export function startFirstScreen(queryClient: QueryClient, pathname: string): void {
  void queryClient.prefetchQuery(meQueryOptions());
  const match = EVENT_SCREEN.exec(pathname);
  if (!match) return;
  const params = { orgId: match[1]!, eventId: match[2]! };
  // A failure shows when the route asks again; nothing to report here.
  if (match[3] === 'budget') requestBudgetScreen(queryClient, params).catch(() => undefined);
  else requestTimelineScreen(queryClient, params);
}
