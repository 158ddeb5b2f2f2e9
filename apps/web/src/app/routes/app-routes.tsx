import { createRoute, lazyRouteComponent, notFound, redirect, useNavigate } from '@tanstack/react-router';
import { Building2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/ui/empty-state';
import { Card, CardBody } from '../../components/ui/card';
import { findMembership, meQueryOptions, useMe } from '../../lib/session';
import { AppShell } from '../shell/app-shell';
import { homeFor } from '../shell/nav-items';
import { NotFoundPage, rootRoute } from './root';
import { rendersPages } from './route-pages';

const AccountPage = lazyRouteComponent(() => import('../../features/account/components/account-page'), 'AccountPage');
const CalendarFeedCard = lazyRouteComponent(() => import('../../features/calendar/components/calendar-feed-card'), 'CalendarFeedCard');
const CreateOrganizationForm = lazyRouteComponent(() => import('../../features/organizations/components/create-organization-dialog'), 'CreateOrganizationForm');

/** Everything behind a session. Not signed in → the log-in page, then back here. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions());
    if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
    return { me };
  },
  component: AppShell,
  notFoundComponent: NotFoundPage,
});

export const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account',
  component: rendersPages(
    function AccountRoute() {
      const { data: me } = useMe();
      return me ? (
        <AccountPage me={me}>
          <CalendarFeedCard />
        </AccountPage>
      ) : null;
    },
    AccountPage, CalendarFeedCard,
  ),
});

export const welcomeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/welcome',
  component: rendersPages(
    function WelcomeRoute() {
      const { t } = useTranslation();
      const navigate = useNavigate();
      return (
        <div className="mx-auto flex max-w-md flex-col gap-4 pt-10">
          <EmptyState icon={Building2} title={t('organizations.welcome.title')} body={t('organizations.welcome.body')} />
          <Card>
            <CardBody>
              <CreateOrganizationForm onCreated={(o) => void navigate({ to: '/orgs/$orgId/events', params: { orgId: o.id } })} />
            </CardBody>
          </Card>
        </div>
      );
    },
    CreateOrganizationForm,
  ),
});

/** `/orgs/$orgId`: only for members; anyone else gets a 404, as the API does. */
export const orgRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/orgs/$orgId',
  beforeLoad: async ({ context, params }) => {
    let membership = findMembership(context.me, params.orgId);
    if (!membership) {
      // Just joined or created? The cached /me may predate it.
      const fresh = await context.queryClient.fetchQuery(meQueryOptions());
      membership = findMembership(fresh, params.orgId);
    }
    if (!membership) throw notFound();
    return { membership };
  },
});

export const orgIndexRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/',
  beforeLoad: ({ params, context }) => {
    // A vendor's work is across organizations, in the vendor portal.
    if (context.membership.role === 'vendor') throw redirect({ to: '/my-tasks' });
    throw redirect({ to: homeFor(context.membership.role), params });
  },
});
