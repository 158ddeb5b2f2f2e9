import { can } from '@rundown/domain';
import { createRoute, lazyRouteComponent, useNavigate } from '@tanstack/react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback } from 'react';
import { ForbiddenPanel } from '../../components/layout/state-panels';
import type { AuditSearch } from '../../features/audit/components/audit-page';
import { budgetSearchSchema, type BudgetSearch } from '../../features/budgets/utils/budget-search';
import { auditSearchSchema } from '../../features/audit/utils/audit-search';
import { eventQueryOptions, useEvent } from '../../features/events/api/get-event';
import { eventsSearchSchema, type EventsSearch } from '../../features/events/utils/events-search';
import { organizationQueryOptions } from '../../features/organizations/api/get-organization';
import { useMembership } from '../../lib/session';
import { orgRoute } from './app-routes';
import { rendersPages } from './route-pages';
import { loadBudgetPage, requestBudgetScreen } from './screen-data';

const EventsPage = lazyRouteComponent(() => import('../../features/events/components/events-page'), 'EventsPage');
const EventDetailPage = lazyRouteComponent(() => import('../../features/events/components/event-detail-page'), 'EventDetailPage');
const BudgetPage = lazyRouteComponent(loadBudgetPage, 'BudgetPage');
const MembersPage = lazyRouteComponent(() => import('../../features/members/components/members-page'), 'MembersPage');
const OrgSecurityCard = lazyRouteComponent(() => import('../../features/organizations/components/org-security-card'), 'OrgSecurityCard');
const OrganizationSettingsPage = lazyRouteComponent(() => import('../../features/organizations/components/organization-settings-form'), 'OrganizationSettingsPage');
const EventPlacesCard = lazy(() => import('../../features/locations/components/event-places-card').then((m) => ({ default: m.EventPlacesCard })));
const EventPermitsCard = lazy(() => import('../../features/locations/components/event-permits-card').then((m) => ({ default: m.EventPermitsCard })));
const AuditPage = lazyRouteComponent(() => import('../../features/audit/components/audit-page'), 'AuditPage');

const loadOrganization = ({ context, params }: { context: { queryClient: import('@tanstack/react-query').QueryClient }; params: { orgId: string } }) =>
  context.queryClient.ensureQueryData(organizationQueryOptions(params.orgId));

export const eventsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/events',
  validateSearch: (search) => eventsSearchSchema.parse(search),
  loader: loadOrganization,
  component: rendersPages(
    function EventsRoute() {
      const { orgId } = eventsRoute.useParams();
      const search = eventsRoute.useSearch();
      const navigate = useNavigate({ from: eventsRoute.fullPath });
      const { data: organization } = useSuspenseQuery(organizationQueryOptions(orgId));
      const { can: allowed } = useMembership(orgId);
      const onSearchChange = useCallback(
        (patch: Partial<EventsSearch>) => void navigate({ search: (prev: EventsSearch) => ({ ...prev, ...patch }), replace: true }),
        [navigate],
      );
      if (!allowed('events.read')) return <ForbiddenPanel />;
      return (
        <EventsPage
          orgId={orgId}
          search={search}
          onSearchChange={onSearchChange}
          timeZone={organization.timeZone}
          defaultCurrency={organization.defaultCurrency}
          canWrite={allowed('events.write')}
        />
      );
    },
    EventsPage,
  ),
});

export const eventRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/events/$eventId',
  loader: async ({ context, params }) => {
    void context.queryClient.prefetchQuery(eventQueryOptions(params.orgId, params.eventId));
    await loadOrganization({ context, params });
  },
  component: rendersPages(
    function EventRoute() {
      const { orgId, eventId } = eventRoute.useParams();
      const navigate = useNavigate();
      const { data: organization } = useSuspenseQuery(organizationQueryOptions(orgId));
      const { can: allowed } = useMembership(orgId);
      if (!allowed('events.read')) return <ForbiddenPanel />;
      return (
        <EventDetailPage
          orgId={orgId}
          eventId={eventId}
          defaultTimeZone={organization.timeZone}
          defaultCurrency={organization.defaultCurrency}
          canWrite={allowed('events.write')}
          canDelete={allowed('events.delete')}
          canReadBudget={allowed('budgets.read')}
          canReadSchedule={allowed('schedule.read')}
          onDeleted={() => void navigate({ to: '/orgs/$orgId/events', params: { orgId } })}
          more={(event) => (
            <Suspense fallback={null}>
              <div className="mb-4 grid gap-4 xl:grid-cols-2">
                <EventPlacesCard orgId={orgId} event={event} canWrite={allowed('locations.write')} />
                {allowed('permits.read') ? <EventPermitsCard orgId={orgId} event={event} canWrite={allowed('permits.write')} /> : null}
              </div>
            </Suspense>
          )}
        />
      );
    },
    EventDetailPage,
  ),
});

/** An event's budget; crew and vendors (no `budgets.read`) get the forbidden panel, as the API refuses them. */
export const budgetRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/events/$eventId/budget',
  validateSearch: (search) => budgetSearchSchema.parse(search),
  // Everything the grid needs starts loading at once: its code, data and the organization.
  loader: ({ context, params }) => requestBudgetScreen(context.queryClient, params),
  component: rendersPages(
    function BudgetRoute() {
      const { orgId, eventId } = budgetRoute.useParams();
      const search = budgetRoute.useSearch();
      const navigate = useNavigate({ from: budgetRoute.fullPath });
      const { data: organization } = useSuspenseQuery(organizationQueryOptions(orgId));
      const { data: event } = useEvent(orgId, eventId);
      const { can: allowed } = useMembership(orgId);
      const onSearchChange = useCallback(
        (patch: Partial<BudgetSearch>) => void navigate({ search: (prev: BudgetSearch) => ({ ...prev, ...patch }), replace: true }),
        [navigate],
      );
      if (!allowed('budgets.read')) return <ForbiddenPanel />;
      return (
        <BudgetPage
          key={eventId}
          orgId={orgId}
          eventId={eventId}
          eventName={event?.name}
          timeZone={event?.timeZone ?? organization.timeZone}
          search={search}
          onSearchChange={onSearchChange}
          canWrite={allowed('budgets.write')}
          canApprove={allowed('budgets.approve')}
        />
      );
    },
    BudgetPage,
  ),
});

export const membersRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/members',
  loader: loadOrganization,
  component: rendersPages(
    function MembersRoute() {
      const { orgId } = membersRoute.useParams();
      const navigate = useNavigate();
      const { data: organization } = useSuspenseQuery(organizationQueryOptions(orgId));
      const { me, role, can: allowed } = useMembership(orgId);
      if (!me || !role || !allowed('members.read')) return <ForbiddenPanel />;
      return (
        <MembersPage
          orgId={orgId}
          organizationName={organization.name}
          myUserId={me.user.id}
          myRole={role}
          canManage={can(role, 'members.manage')}
          timeZone={organization.timeZone}
          onLeft={() => void navigate({ to: '/' })}
        />
      );
    },
    MembersPage,
  ),
});

export const settingsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/settings',
  component: rendersPages(
    function SettingsRoute() {
      const { orgId } = settingsRoute.useParams();
      const { can: allowed } = useMembership(orgId);
      if (!allowed('org.read')) return <ForbiddenPanel />;
      return (
        <div className="flex flex-col gap-6">
          <OrganizationSettingsPage orgId={orgId} canUpdate={allowed('org.update')} />
          <OrgSecurityCard orgId={orgId} canUpdate={allowed('org.update')} />
        </div>
      );
    },
    OrganizationSettingsPage, OrgSecurityCard,
  ),
});

export const auditRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/audit',
  validateSearch: (search) => auditSearchSchema.parse(search),
  loader: loadOrganization,
  component: rendersPages(
    function AuditRoute() {
      const { orgId } = auditRoute.useParams();
      const search = auditRoute.useSearch();
      const navigate = useNavigate({ from: auditRoute.fullPath });
      const { data: organization } = useSuspenseQuery(organizationQueryOptions(orgId));
      const { can: allowed } = useMembership(orgId);
      const onSearchChange = useCallback(
        (patch: Partial<AuditSearch>) => void navigate({ search: (prev: AuditSearch) => ({ ...prev, ...patch }), replace: true }),
        [navigate],
      );
      if (!allowed('audit.read')) return <ForbiddenPanel />;
      return <AuditPage orgId={orgId} search={search} onSearchChange={onSearchChange} timeZone={organization.timeZone} />;
    },
    AuditPage,
  ),
});
