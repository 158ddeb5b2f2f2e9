import type { BudgetTotals, CurrencyCode, EventOverview } from '@rundown/domain';
import { Link } from '@tanstack/react-router';
import { ArrowRight } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { Card, CardBody, CardHeader } from '../../../components/ui/card';
import { Skeleton } from '../../../components/ui/skeleton';
import { cn } from '../../../lib/cn';
import { errorMessage } from '../../../lib/errors';
import { formatDateRange, formatDateTime, formatMoney, formatPercent } from '../../../lib/format';
import { useBudgetSummary } from '../../budgets/api/get-summary';
import { TaskStatusBadge } from '../../timeline/components/task-status-badge';
import { useEventOverview } from '../api/get-overview';

type EventOverviewProps = { orgId: string; eventId: string; timeZone: string; canReadBudget: boolean; canReadSchedule: boolean };

/** The production at a glance: money against plan, task progress and what is next, the show days. */
export function EventOverviewCards({ orgId, eventId, timeZone, canReadBudget, canReadSchedule }: EventOverviewProps) {
  const overview = useEventOverview(orgId, eventId, canReadSchedule);
  if (!canReadBudget && !canReadSchedule) return null;
  return (
    <div className="mb-4 grid gap-4 lg:grid-cols-3" data-testid="event-overview">
      {canReadBudget ? <BudgetCard orgId={orgId} eventId={eventId} /> : null}
      {canReadSchedule ? (
        <>
          <TasksCard orgId={orgId} eventId={eventId} timeZone={timeZone} query={overview} />
          <ShowDaysCard orgId={orgId} eventId={eventId} timeZone={timeZone} query={overview} />
        </>
      ) : null}
    </div>
  );
}

type OverviewQuery = ReturnType<typeof useEventOverview>;

function BudgetCard({ orgId, eventId }: { orgId: string; eventId: string }) {
  const { t, i18n } = useTranslation();
  const summary = useBudgetSummary(orgId, eventId);
  const open = (
    <Link to="/orgs/$orgId/events/$eventId/budget" params={{ orgId, eventId }} className={cardLink}>
      {t('events.overview.openBudget')}
      {arrow}
    </Link>
  );
  return (
    <Card data-testid="overview-budget">
      <CardHeader title={t('events.overview.budget')} actions={open} />
      <CardBody>
        <Loaded query={summary}>
          {(data) => <BudgetFigures totals={data.totals} currency={data.currency} pendingApprovals={data.pending.commitments + data.pending.expenses} language={i18n.language} />}
        </Loaded>
      </CardBody>
    </Card>
  );
}

function BudgetFigures({ totals, currency, pendingApprovals, language }: { totals: BudgetTotals; currency: CurrencyCode; pendingApprovals: number; language: string }) {
  const { t } = useTranslation();
  const money = (amount: string) => formatMoney(amount, currency, language);
  const used = totals.usedBasisPoints;
  const percent = used === null ? null : formatPercent(used / 10_000, language);
  return (
    <div className="flex flex-col gap-3">
      <div>
        <div className="text-[12px] text-muted-foreground">{t('events.overview.estimate')}</div>
        <div className="text-[20px] font-semibold tabular-nums" data-testid="overview-estimate">
          {money(totals.estimate)}
        </div>
      </div>
      <Meter value={used === null ? 0 : used / 10_000} danger={totals.overBudget} label={t('events.overview.used', { percent: percent ?? '—' })} />
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-[13px]">
        <Figure label={t('events.overview.committed')}>{money(totals.committed)}</Figure>
        <Figure label={t('events.overview.actual')}>{money(totals.actual)}</Figure>
        <Figure label={t('events.overview.variance')} danger={totals.overBudget}>
          {money(totals.variance)}
        </Figure>
        <Figure label={t('events.overview.remaining')}>{money(totals.remaining)}</Figure>
      </dl>
      {totals.overBudget || pendingApprovals > 0 ? (
        <div className="flex flex-wrap gap-2">
          {totals.overBudget ? (
            <Badge tone="danger" dot>
              {t('events.overview.overBudget')}
            </Badge>
          ) : null}
          {pendingApprovals > 0 ? (
            <Badge tone="warning" dot>
              {t('events.overview.pendingApprovals', { count: pendingApprovals })}
            </Badge>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function TasksCard({ orgId, eventId, timeZone, query }: { orgId: string; eventId: string; timeZone: string; query: OverviewQuery }) {
  const { t, i18n } = useTranslation();
  const open = (
    <Link to="/orgs/$orgId/events/$eventId/timeline" params={{ orgId, eventId }} className={cardLink}>
      {t('events.overview.openTimeline')}
      {arrow}
    </Link>
  );
  return (
    <Card data-testid="overview-tasks">
      <CardHeader title={t('events.overview.tasks')} actions={open} />
      <CardBody>
        <Loaded query={query}>
          {({ tasks }) =>
            tasks.total === 0 ? (
              <p className="text-[13px] text-muted-foreground">{t('events.overview.noTasks')}</p>
            ) : (
              <div className="flex flex-col gap-3">
                <Meter value={tasks.byStatus.done / tasks.total} label={t('events.overview.done', { done: tasks.byStatus.done, total: tasks.total })} />
                <div className="flex flex-wrap gap-2">
                  {tasks.overdue > 0 ? (
                    <Badge tone="danger" dot>
                      {t('events.overview.overdue', { count: tasks.overdue })}
                    </Badge>
                  ) : null}
                  {tasks.byStatus.blocked > 0 ? (
                    <Badge tone="warning" dot>
                      {t('events.overview.blocked', { count: tasks.byStatus.blocked })}
                    </Badge>
                  ) : null}
                  {tasks.byStatus.in_progress > 0 ? (
                    <Badge tone="primary" dot>
                      {t('events.overview.inProgress', { count: tasks.byStatus.in_progress })}
                    </Badge>
                  ) : null}
                </div>
                <UpcomingList tasks={tasks.upcoming} timeZone={timeZone} language={i18n.language} />
              </div>
            )
          }
        </Loaded>
      </CardBody>
    </Card>
  );
}

function UpcomingList({ tasks, timeZone, language }: { tasks: EventOverview['tasks']['upcoming']; timeZone: string; language: string }) {
  const { t } = useTranslation();
  if (tasks.length === 0) return <p className="text-[13px] text-muted-foreground">{t('events.overview.nothingUpcoming')}</p>;
  return (
    <div>
      <h3 className="mb-1.5 text-[12px] font-medium text-muted-foreground">{t('events.overview.upcoming')}</h3>
      <ul className="flex flex-col divide-y divide-border text-[13px]" data-testid="overview-upcoming">
        {tasks.map((task) => (
          <li key={task.id} className="flex items-center justify-between gap-3 py-1.5">
            <span className="min-w-0">
              <span className="block truncate">
                {task.kind === 'milestone' ? <span aria-hidden className="mr-1 text-warning">◆</span> : null}
                {task.title}
              </span>
              <span className="block text-[12px] text-muted-foreground tabular-nums">
                {task.kind === 'milestone' ? formatDateTime(task.startAt, timeZone, language) : formatDateRange(task.startAt, task.endAt, timeZone, language)}
              </span>
            </span>
            <TaskStatusBadge status={task.status} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ShowDaysCard({ orgId, eventId, timeZone, query }: { orgId: string; eventId: string; timeZone: string; query: OverviewQuery }) {
  const { t, i18n } = useTranslation();
  const open = (
    <Link to="/orgs/$orgId/events/$eventId/rundown" params={{ orgId, eventId }} className={cardLink}>
      {t('events.overview.openRundown')}
      {arrow}
    </Link>
  );
  return (
    <Card data-testid="overview-rundown">
      <CardHeader title={t('events.overview.showDays')} actions={open} />
      <CardBody>
        <Loaded query={query}>
          {({ rundownDays }) =>
            rundownDays.length === 0 ? (
              <p className="text-[13px] text-muted-foreground">{t('events.overview.noShowDays')}</p>
            ) : (
              <ul className="flex flex-col divide-y divide-border text-[13px]">
                {rundownDays.map((day) => (
                  <li key={day.day}>
                    <Link
                      to="/orgs/$orgId/events/$eventId/rundown/$day"
                      params={{ orgId, eventId, day: day.day }}
                      className="-mx-2 flex items-center justify-between gap-3 rounded-md px-2 py-1.5 hover:bg-surface-2 focus-visible:outline-2 focus-visible:outline-ring"
                    >
                      <span>
                        <span className="block">{formatDateTime(day.startsAt, timeZone, i18n.language)}</span>
                        <span className="block text-[12px] text-muted-foreground">{t('events.overview.cues', { count: day.cueCount })}</span>
                      </span>
                      {day.live ? (
                        <Badge tone="danger" dot>
                          {t('events.overview.live')}
                        </Badge>
                      ) : null}
                    </Link>
                  </li>
                ))}
              </ul>
            )
          }
        </Loaded>
      </CardBody>
    </Card>
  );
}

const cardLink = 'inline-flex items-center gap-1 rounded-md text-[12.5px] font-medium text-primary hover:underline focus-visible:outline-2 focus-visible:outline-ring';
const arrow = <ArrowRight aria-hidden className="size-3.5" />;

/** A query's data, or a skeleton while it loads, or its error in words. */
function Loaded<T>({ query, children }: { query: { data: T | undefined; isPending: boolean; error: unknown }; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) return <p className="text-[13px] text-danger">{errorMessage(t, query.error)}</p>;
  return <Skeleton className="h-24 w-full" />;
}

function Meter({ value, label, danger = false }: { value: number; label: string; danger?: boolean }) {
  const clamped = Math.min(Math.max(value, 0), 1);
  return (
    <div>
      <div className="mb-1 text-[12px] text-muted-foreground tabular-nums">{label}</div>
      <div role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(clamped * 100)} className="h-1.5 overflow-hidden rounded-full bg-surface-2">
        <div className={cn('h-full rounded-full', danger ? 'bg-danger' : 'bg-primary')} style={{ width: `${clamped * 100}%` }} />
      </div>
    </div>
  );
}

function Figure({ label, danger = false, children }: { label: string; danger?: boolean; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-[12px] text-muted-foreground">{label}</dt>
      <dd className={cn('truncate font-medium tabular-nums', danger && 'text-danger')}>{children}</dd>
    </div>
  );
}
