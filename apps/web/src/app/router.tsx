import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { accountRoute, appRoute, orgIndexRoute, orgRoute, welcomeRoute } from './routes/app-routes';
import { locationRoute, locationsRoute, permitsRoute } from './routes/location-routes';
import { auditRoute, budgetRoute, eventRoute, eventsRoute, membersRoute, settingsRoute } from './routes/org-routes';
import { forgotPasswordRoute, indexRoute, inviteRoute, loginRoute, resetPasswordRoute, signupRoute } from './routes/public-routes';
import { NotFoundPage, rootRoute } from './routes/root';
import { myTasksRoute, rundownIndexRoute, rundownRoute, timelineRoute, vendorsRoute } from './routes/schedule-routes';

export const routeTree = rootRoute.addChildren([
  indexRoute,
  loginRoute,
  signupRoute,
  inviteRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  appRoute.addChildren([
    accountRoute,
    welcomeRoute,
    myTasksRoute,
    orgRoute.addChildren([
      orgIndexRoute, eventsRoute, eventRoute, budgetRoute, membersRoute, settingsRoute, auditRoute,
      timelineRoute, rundownIndexRoute, rundownRoute, vendorsRoute, locationsRoute, locationRoute, permitsRoute,
    ]),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Route loaders only warm TanStack Query; the query cache decides freshness.
    defaultPreloadStaleTime: 0,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
