import type { Dependency, Member, Vendor } from '@rundown/domain';
import { Link } from '@tanstack/react-router';
import { CalendarRange, ChevronLeft, Clapperboard, Plus, Route } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/layout/state-panels';
import { Button, buttonClasses } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { Skeleton } from '../../../components/ui/skeleton';
import { cn } from '../../../lib/cn';
import { errorMessage } from '../../../lib/errors';
import { useBaselineComparison } from '../api/baselines';
import { useDependencies } from '../api/list-dependencies';
import { useTasks } from '../api/list-tasks';
import { useSchedule } from '../api/get-schedule';
import { useAssignableMembers, useVendorOptions } from '../api/people';
import { ZOOMS, type Zoom } from '../utils/gantt-scale';
import { matchesFilters, TIMELINE_VIEWS, type TimelineSearch, type TimelineView } from '../utils/timeline-search';
import { BaselineBanner, BaselinesMenu } from './baselines';
import { BoardView } from './board-view';
import { GanttView } from './gantt/gantt-view';
import { ListView } from './list-view';
import { TaskDrawer, type ScheduleInfo } from './task-drawer';
import { TaskFilters } from './task-filters';
import { TaskFormDialog } from './task-form-dialog';

/** Swatches matching the Gantt's bar colours. */
const LEGEND = {
  todo: 'bg-[color-mix(in_srgb,var(--primary)_24%,var(--surface))] border-primary/70',
  in_progress: 'bg-primary border-primary',
  blocked: 'bg-[color-mix(in_srgb,var(--danger)_26%,var(--surface))] border-danger',
  done: 'bg-[color-mix(in_srgb,var(--success)_32%,var(--surface))] border-success/80',
} as const;

/** One empty list while the dependencies load, so the chart does not redraw its arrows on every render. */
const NO_DEPENDENCIES: Dependency[] = [];

export type TimelineEventInfo = { name: string; timeZone: string; startAt: string; endAt: string; zoneLabel: string };

export type TimelinePageProps = {
  orgId: string;
  eventId: string;
  /** From the events feature, through the route; undefined while loading. */
  event: TimelineEventInfo | undefined;
  search: TimelineSearch;
  onSearchChange: (patch: Partial<TimelineSearch>) => void;
  canWrite: boolean;
  canReadMembers: boolean;
  canReadVendors: boolean;
};

/** An event's schedule as a Gantt chart, a list or a board, with a task drawer and baselines. */
export function TimelinePage({ orgId, eventId, event, search, onSearchChange, canWrite, canReadMembers, canReadVendors }: TimelinePageProps) {
  const { t } = useTranslation();
  const view: TimelineView = search.view ?? 'gantt';
  const zoom: Zoom = search.zoom ?? 'day';
  const tasks = useTasks(orgId, eventId);
  // Thousands of arrows are not needed for the first bars: they are asked for once the tasks are in.
  const dependencies = useDependencies(orgId, eventId, { enabled: tasks.data !== undefined });
  const schedule = useSchedule(orgId, eventId);
  const members = useAssignableMembers(orgId, canReadMembers);
  const vendors = useVendorOptions(orgId, canReadVendors);
  const comparison = useBaselineComparison(orgId, eventId, search.baseline);
  const [showCritical, setShowCritical] = useState(true);

  const timeZone = event?.timeZone ?? 'UTC';
  const memberMap = useMemo(() => new Map<string, Member>((members.data ?? []).map((m) => [m.userId, m])), [members.data]);
  const vendorMap = useMemo(() => new Map<string, Vendor>((vendors.data ?? []).map((v) => [v.id, v])), [vendors.data]);
  const scheduleMap = useMemo(
    () => new Map<string, ScheduleInfo>((schedule.data?.tasks ?? []).map((s) => [s.taskId, { earliestStart: s.earliestStart, slackMinutes: s.slackMinutes, critical: s.critical }])),
    [schedule.data],
  );
  const critical = useMemo(() => (showCritical ? new Set(schedule.data?.criticalPath ?? []) : new Set<string>()), [schedule.data, showCritical]);
  const baseline = useMemo(() => {
    if (!comparison.data) return undefined;
    const map = new Map<string, { start: number; end: number }>();
    for (const row of comparison.data.tasks) {
      if (row.plannedStart && row.plannedEnd) map.set(row.taskId, { start: Date.parse(row.plannedStart), end: Date.parse(row.plannedEnd) });
    }
    return map;
  }, [comparison.data]);
  const eventSpan = useMemo(() => (event ? { from: Date.parse(event.startAt), to: Date.parse(event.endAt) } : null), [event]);

  const allTasks = useMemo(() => tasks.data ?? [], [tasks.data]);
  const filters = useMemo(() => ({ status: search.status, vendor: search.vendor, q: search.q }), [search.status, search.vendor, search.q]);
  const filtered = useMemo(() => allTasks.filter((task) => matchesFilters(task, filters)), [allTasks, filters]);
  const phases = useMemo(() => allTasks.filter((task) => task.kind === 'phase'), [allTasks]);

  const openTask = useCallback((taskId: string) => onSearchChange({ task: taskId }), [onSearchChange]);
  const onFiltersChange = useCallback((patch: Partial<TimelineSearch>) => onSearchChange(patch), [onSearchChange]);

  const back = (
    <Link to="/orgs/$orgId/events/$eventId" params={{ orgId, eventId }} className={buttonClasses('ghost', 'sm', '-ml-2 w-fit text-muted-foreground')}>
      <ChevronLeft aria-hidden />
      {t('timeline.back')}
    </Link>
  );

  const loading = tasks.isPending || !event;
  const error = tasks.error ?? dependencies.error;
  const newTaskButton = canWrite ? (
    <Button onClick={() => onSearchChange({ new: true })} data-testid="new-task" disabled={!event}>
      <Plus aria-hidden />
      {t('timeline.newTask')}
    </Button>
  ) : null;

  const empty = (
    <EmptyState
      icon={CalendarRange}
      title={t('timeline.empty.title')}
      body={canWrite ? t('timeline.empty.body') : t('timeline.empty.readOnlyBody')}
      action={newTaskButton}
    />
  );

  /** What the list and the board both take (the Gantt takes more). */
  const viewProps = { orgId, eventId, eventName: event?.name ?? '', tasks: filtered, timeZone, vendors: vendorMap, members: memberMap, canWrite, onOpenTask: openTask };
  const filtersEmpty = <p className="px-4 py-10 text-center text-muted-foreground">{t('timeline.filters.noMatch')}</p>;

  return (
    <div className={cn('flex flex-col', view === 'gantt' && 'md:h-[calc(100dvh-3rem)] md:min-h-[560px]')} data-testid="timeline-page">
      <PageHeader
        before={back}
        title={t('timeline.title')}
        description={event ? t('timeline.subtitle', { event: event.name, zone: event.zoneLabel }) : <Skeleton className="h-4 w-56" />}
        actions={
          <>
            <Link to="/orgs/$orgId/events/$eventId/rundown" params={{ orgId, eventId }} className={buttonClasses('secondary')}>
              <Clapperboard aria-hidden />
              {t('timeline.openRundown')}
            </Link>
            <BaselinesMenu
              orgId={orgId}
              eventId={eventId}
              timeZone={timeZone}
              canWrite={canWrite}
              selected={search.baseline}
              onSelect={(baselineId) => onSearchChange({ baseline: baselineId })}
            />
            {newTaskButton}
          </>
        }
      />

      <nav aria-label={t('timeline.views.label')} className="-mt-1 mb-3 flex gap-1 overflow-x-auto border-b border-border">
        {TIMELINE_VIEWS.map((key) => (
          <Link
            key={key}
            from="/orgs/$orgId/events/$eventId/timeline"
            to="."
            search={(prev: TimelineSearch) => ({ ...prev, view: key === 'gantt' ? undefined : key })}
            aria-current={view === key ? 'page' : undefined}
            data-testid={`timeline-tab-${key}`}
            className={cn(
              '-mb-px inline-flex h-9 shrink-0 items-center gap-2 border-b-2 px-3 text-[13px] font-medium whitespace-nowrap transition-colors',
              view === key ? 'border-primary text-foreground' : 'border-transparent text-muted-foreground hover:text-foreground',
            )}
          >
            {t(`timeline.views.${key}`)}
          </Link>
        ))}
      </nav>

      <div className="mb-3 flex flex-wrap items-center gap-2">
        {view === 'gantt' ? (
          <>
            <div role="radiogroup" aria-label={t('timeline.zoom.label')} className="inline-flex rounded-md border border-border bg-surface p-0.5 shadow-xs">
              {ZOOMS.map((z) => (
                <button
                  key={z}
                  type="button"
                  role="radio"
                  aria-checked={zoom === z}
                  data-testid={`zoom-${z}`}
                  onClick={() => onSearchChange({ zoom: z === 'day' ? undefined : z })}
                  className={cn(
                    'h-7 cursor-pointer rounded px-3 text-[12.5px] font-medium text-muted-foreground transition-colors hover:text-foreground',
                    zoom === z && 'bg-muted text-foreground',
                  )}
                >
                  {t(`timeline.zoom.${z}`)}
                </button>
              ))}
            </div>
            <button
              type="button"
              aria-pressed={showCritical}
              onClick={() => setShowCritical((v) => !v)}
              className={cn(
                'inline-flex h-8 cursor-pointer items-center gap-2 rounded-md border border-border px-3 text-[12.5px] font-medium shadow-xs transition-colors',
                showCritical ? 'bg-danger/10 text-foreground' : 'bg-surface text-muted-foreground hover:text-foreground',
              )}
              title={t('timeline.criticalLegend')}
            >
              <Route className={cn('size-4', showCritical ? 'text-danger' : 'text-muted-foreground')} aria-hidden />
              {t('timeline.criticalPath')}
            </button>
            <ul className="ml-2 hidden items-center gap-3 text-[12px] text-muted-foreground xl:flex" aria-hidden>
              {(['todo', 'in_progress', 'blocked', 'done'] as const).map((status) => (
                <li key={status} className="inline-flex items-center gap-1.5">
                  <span className={cn('h-2.5 w-4 rounded-[3px] border', LEGEND[status])} />
                  {t(`taskStatuses.${status}`)}
                </li>
              ))}
              <li className="inline-flex items-center gap-1.5">
                <span className="size-2.5 rotate-45 rounded-[2px] border-2 border-warning bg-warning/80" />
                {t('taskKinds.milestone')}
              </li>
            </ul>
            <span className="ml-auto text-[12px] text-muted-foreground">{t('timeline.taskCount', { count: allTasks.length })}</span>
          </>
        ) : (
          <>
            <TaskFilters filters={filters} onChange={onFiltersChange} vendors={vendorMap} />
            <span className="ml-auto text-[12px] text-muted-foreground">{t('timeline.taskCount', { count: filtered.length })}</span>
          </>
        )}
      </div>

      {!canWrite ? <p className="mb-2 text-[12.5px] text-muted-foreground">{t('timeline.readOnly')}</p> : null}
      {search.baseline ? (
        <div className="mb-3">
          <BaselineBanner
            comparison={comparison.data}
            loading={comparison.isPending}
            error={comparison.error}
            timeZone={timeZone}
            onStop={() => onSearchChange({ baseline: undefined })}
          />
        </div>
      ) : null}

      {error ? (
        <Card>
          <ErrorPanel
            message={`${t('timeline.loadError')} ${errorMessage(t, error)}`}
            action={
              <Button variant="secondary" onClick={() => void Promise.all([tasks.refetch(), dependencies.refetch()])}>
                {t('common.retry')}
              </Button>
            }
          />
        </Card>
      ) : loading ? (
        <Card className="flex flex-col gap-2 p-4" aria-busy="true" aria-label={t('common.loading')}>
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className="flex items-center gap-4">
              <Skeleton className="h-4 w-48" />
              <Skeleton className="h-5" style={{ width: `${20 + ((i * 37) % 50)}%`, marginLeft: `${(i * 23) % 30}%` }} />
            </div>
          ))}
        </Card>
      ) : allTasks.length === 0 ? (
        <Card>{empty}</Card>
      ) : view === 'gantt' ? (
        <GanttView
          orgId={orgId}
          eventId={eventId}
          eventName={event.name}
          timeZone={timeZone}
          eventSpan={eventSpan}
          tasks={allTasks}
          dependencies={dependencies.data ?? NO_DEPENDENCIES}
          critical={critical}
          zoom={zoom}
          canWrite={canWrite}
          baseline={baseline}
          onOpenTask={openTask}
        />
      ) : view === 'list' ? (
        <Card>
          <ListView {...viewProps} empty={filtersEmpty} />
        </Card>
      ) : (
        <BoardView {...viewProps} />
      )}

      <TaskDrawer
        orgId={orgId}
        eventId={eventId}
        taskId={search.task ?? null}
        tasks={allTasks}
        dependencies={dependencies.data ?? NO_DEPENDENCIES}
        members={memberMap}
        vendors={vendorMap}
        schedule={scheduleMap}
        timeZone={timeZone}
        zoneLabel={event?.zoneLabel ?? timeZone}
        canWrite={canWrite}
        canAssign={canReadMembers}
        loading={loading}
        onClose={() => onSearchChange({ task: undefined })}
      />
      {canWrite && event ? (
        <TaskFormDialog
          open={Boolean(search.new)}
          onOpenChange={(open) => onSearchChange({ new: open ? true : undefined })}
          orgId={orgId}
          eventId={eventId}
          timeZone={timeZone}
          zoneLabel={event.zoneLabel}
          defaultStart={event.startAt}
          phases={phases}
          vendors={vendorMap}
          onCreated={() => undefined}
        />
      ) : null}
    </div>
  );
}
