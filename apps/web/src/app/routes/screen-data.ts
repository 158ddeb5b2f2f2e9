import type { QueryClient } from '@tanstack/react-query';
import { budgetQueryOptions } from '../../features/budgets/api/get-budget';
import { summaryQueryOptions } from '../../features/budgets/api/get-summary';
import { fringesQueryOptions } from '../../features/budgets/api/list-fringes';
import { linesQueryOptions } from '../../features/budgets/api/list-lines';
import { eventQueryOptions } from '../../features/events/api/get-event';
import { organizationQueryOptions } from '../../features/organizations/api/get-organization';
import { tasksQueryOptions } from '../../features/timeline/api/list-tasks';

/*
 * What the two heaviest screens need before they can draw, in one place for their route loaders
 * and for `startFirstScreen`, which asks for it before the rest of the app has even evaluated.
 * Asking twice is free: TanStack Query joins a request already under way.
 */

type EventScreenParams = { orgId: string; eventId: string };

export const loadBudgetPage = () => import('../../features/budgets/components/budget-page');
export const loadTimelinePage = () => import('../../features/timeline/components/timeline-page');

/** The budget grid: its code, the budget, summary, first lines (the rest follow), fringes, event and organization. */
export function requestBudgetScreen(queryClient: QueryClient, { orgId, eventId }: EventScreenParams): Promise<unknown> {
  void loadBudgetPage();
  void queryClient.prefetchQuery(eventQueryOptions(orgId, eventId));
  void queryClient.prefetchQuery(budgetQueryOptions(orgId, eventId));
  void queryClient.prefetchQuery(summaryQueryOptions(orgId, eventId));
  void queryClient.prefetchQuery(linesQueryOptions(orgId, eventId, queryClient));
  void queryClient.prefetchQuery(fringesQueryOptions(orgId));
  return queryClient.ensureQueryData(organizationQueryOptions(orgId));
}

/** The Gantt: its code, the event and the first page of tasks (the page asks for the dependencies once the bars are in). */
export function requestTimelineScreen(queryClient: QueryClient, { orgId, eventId }: EventScreenParams): void {
  void loadTimelinePage();
  void queryClient.prefetchQuery(eventQueryOptions(orgId, eventId));
  void queryClient.prefetchQuery(tasksQueryOptions(orgId, eventId, queryClient));
}
