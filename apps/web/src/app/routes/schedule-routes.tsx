import { taskStatusSchema, type Event } from '@rundown/domain';
import { createRoute, lazyRouteComponent, notFound, redirect, useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ForbiddenPanel } from '../../components/layout/state-panels';
import { eventQueryOptions, useEvent } from '../../features/events/api/get-event';
import { eventDays } from '../../features/rundown/utils/event-days';
import { timelineSearchSchema, type TimelineSearch } from '../../features/timeline/utils/timeline-search';
import { vendorsSearchSchema, type VendorsSearch } from '../../features/vendors/utils/vendors-search';
import { formatZone } from '../../lib/format';
import { useMembership } from '../../lib/session';
import { appRoute, orgRoute } from './app-routes';
import { rendersPages } from './route-pages';
import { loadTimelinePage, requestTimelineScreen } from './screen-data';

/*
 * Routes of the schedule side: an event's timeline and run of show, the vendor directory and
 * the vendor portal. Thin: params and search in, feature pages out; the event comes from the
 * events feature and is handed to the schedule features as plain values.
 */

/** What the timeline and rundown need of an event, with its zone spelled out for the reader. */
function useEventInfo(orgId: string, eventId: string) {
  const { i18n } = useTranslation();
  const { data: event, error } = useEvent(orgId, eventId);
  const language = i18n.language;
  const info = useMemo(() => (event ? eventInfo(event, language) : undefined), [event, language]);
  return { info, error };
}

function eventInfo(event: Event, language: string) {
  return {
    name: event.name,
    timeZone: event.timeZone,
    startAt: event.startAt,
    endAt: event.endAt,
    zoneLabel: formatZone(event.timeZone, language, event.startAt),
  };
}

const TimelinePage = lazyRouteComponent(loadTimelinePage, 'TimelinePage');
const RundownPage = lazyRouteComponent(() => import('../../features/rundown/components/rundown-page'), 'RundownPage');
const VendorsPage = lazyRouteComponent(() => import('../../features/vendors/components/vendors-page'), 'VendorsPage');
const MyTasksPage = lazyRouteComponent(() => import('../../features/portal/components/my-tasks-page'), 'MyTasksPage');

export const timelineRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/events/$eventId/timeline',
  validateSearch: (search) => timelineSearchSchema.parse(search),
  // The page shows its own loading state and asks for the dependencies once the first bars are in.
  loader: ({ context, params }) => requestTimelineScreen(context.queryClient, params),
  component: rendersPages(
    function TimelineRoute() {
      const { orgId, eventId } = timelineRoute.useParams();
      const search = timelineRoute.useSearch();
      const navigate = useNavigate({ from: timelineRoute.fullPath });
      const { can: allowed } = useMembership(orgId);
      const { info } = useEventInfo(orgId, eventId);
      const onSearchChange = useCallback(
        (patch: Partial<TimelineSearch>) => void navigate({ search: (prev: TimelineSearch) => ({ ...prev, ...patch }), replace: !('task' in patch) }),
        [navigate],
      );
      if (!allowed('schedule.read')) return <ForbiddenPanel />;
      return (
        <TimelinePage
          orgId={orgId}
          eventId={eventId}
          event={info}
          search={search}
          onSearchChange={onSearchChange}
          canWrite={allowed('schedule.write')}
          canReadMembers={allowed('members.read')}
          canReadVendors={allowed('vendors.read')}
        />
      );
    },
    TimelinePage,
  ),
});

/** `/rundown` alone: today's show day when the event is on, else its first day. */
export const rundownIndexRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/events/$eventId/rundown',
  beforeLoad: async ({ context, params }) => {
    const event = await context.queryClient.ensureQueryData(eventQueryOptions(params.orgId, params.eventId));
    const days = eventDays(event.startAt, event.endAt, event.timeZone);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: event.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    throw redirect({
      to: '/orgs/$orgId/events/$eventId/rundown/$day',
      params: { ...params, day: days.includes(today) ? today : days[0]! },
      replace: true,
    });
  },
});

const daySchema = z.iso.date();

export const rundownRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/events/$eventId/rundown/$day',
  beforeLoad: ({ params }) => {
    if (!daySchema.safeParse(params.day).success) throw notFound();
  },
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(eventQueryOptions(params.orgId, params.eventId));
  },
  component: rendersPages(
    function RundownRoute() {
      const { orgId, eventId, day } = rundownRoute.useParams();
      const { can: allowed } = useMembership(orgId);
      const { info } = useEventInfo(orgId, eventId);
      if (!allowed('schedule.read')) return <ForbiddenPanel />;
      return (
        <RundownPage key={`${eventId}-${day}`} orgId={orgId} eventId={eventId} day={day} event={info} canWrite={allowed('schedule.write')} />
      );
    },
    RundownPage,
  ),
});

export const vendorsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/vendors',
  validateSearch: (search) => vendorsSearchSchema.parse(search),
  component: rendersPages(
    function VendorsRoute() {
      const { orgId } = vendorsRoute.useParams();
      const search = vendorsRoute.useSearch();
      const navigate = useNavigate({ from: vendorsRoute.fullPath });
      const { can: allowed } = useMembership(orgId);
      const onSearchChange = useCallback(
        (patch: Partial<VendorsSearch>) => void navigate({ search: (prev: VendorsSearch) => ({ ...prev, ...patch }), replace: true }),
        [navigate],
      );
      if (!allowed('vendors.read')) return <ForbiddenPanel />;
      return <VendorsPage orgId={orgId} search={search} onSearchChange={onSearchChange} canWrite={allowed('vendors.write')} />;
    },
    VendorsPage,
  ),
});

const myTasksSearchSchema = z.object({ status: taskStatusSchema.optional().catch(undefined) });

/** The vendor portal: home for people whose memberships are all `vendor`, open to anyone signed in. */
export const myTasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/my-tasks',
  validateSearch: (search) => myTasksSearchSchema.parse(search),
  component: rendersPages(
    function MyTasksRoute() {
      const { status } = myTasksRoute.useSearch();
      const navigate = useNavigate({ from: myTasksRoute.fullPath });
      return <MyTasksPage status={status} onStatusChange={(next) => void navigate({ search: { status: next }, replace: true })} />;
    },
    MyTasksPage,
  ),
});
