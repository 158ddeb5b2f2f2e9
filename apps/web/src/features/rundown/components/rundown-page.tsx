import type { Cue, Rundown } from '@rundown/domain';
import { Link } from '@tanstack/react-router';
import { CalendarRange, ChevronLeft, Clapperboard, Plus, Printer } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { ErrorPanel } from '../../../components/layout/state-panels';
import { Button, buttonClasses } from '../../../components/ui/button';
import { Card, CardBody } from '../../../components/ui/card';
import { ConfirmRemovalDialog } from '../../../components/ui/confirm-dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { PageHeader } from '../../../components/ui/page-header';
import { Skeleton } from '../../../components/ui/skeleton';
import { formatCalendarDay, formatTime } from '../../../lib/format';
import { cn } from '../../../lib/cn';
import { errorMessage } from '../../../lib/errors';
import { useRundown } from '../api/get-rundown';
import { useLiveRundown } from '../api/live-stream';
import { useDeleteCue, useSetRundownDay } from '../api/mutations';
import { dayTimeToInstant, defaultDayStart, eventDays } from '../utils/event-days';
import { clockOffset } from '../utils/live-format';
import { timeInputValue } from '../utils/time-format';
import { CueFormDialog } from './cue-form-dialog';
import { CuesTable } from './cues-table';
import { LivePanel } from './live-panel';
import './rundown.css';
import { TimeInput } from '../../../components/ui/time-input';

export type RundownEventInfo = { name: string; timeZone: string; startAt: string; endAt: string; zoneLabel: string };

export type RundownPageProps = {
  orgId: string;
  eventId: string;
  day: string;
  event: RundownEventInfo | undefined;
  canWrite: boolean;
};

/** A show day's cue sheet with the live show on top; printable. */
export function RundownPage({ orgId, eventId, day, event, canWrite }: RundownPageProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const query = useRundown(orgId, eventId, day);
  const rundown = query.data ?? null;
  const stream = useLiveRundown(orgId, eventId, day, Boolean(rundown));
  const [editing, setEditing] = useState<Cue | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Cue | null>(null);
  const remove = useDeleteCue({ orgId, eventId, day });
  const days = useMemo(() => (event ? eventDays(event.startAt, event.endAt, event.timeZone) : []), [event]);
  const offsetMs = rundown ? clockOffset(rundown.live.serverTime, query.dataUpdatedAt) : 0;

  const back = (
    <Link to="/orgs/$orgId/events/$eventId" params={{ orgId, eventId }} className={buttonClasses('ghost', 'sm', '-ml-2 w-fit text-muted-foreground')} data-print-hide>
      <ChevronLeft aria-hidden />
      {t('rundown.back')}
    </Link>
  );

  const end = rundown && rundown.cues.length > 0 ? new Date(Date.parse(rundown.cues.at(-1)!.plannedStart) + rundown.cues.at(-1)!.durationSeconds * 1000).toISOString() : null;

  return (
    <div className="flex flex-col gap-4" data-rundown-print data-testid="rundown-page">
      <div data-print-hide>
        <PageHeader
          before={back}
          title={t('rundown.title')}
          description={
            event ? t('rundown.subtitle', { event: event.name, day: formatCalendarDay(day, language, { weekday: 'long' }), zone: event.zoneLabel }) : <Skeleton className="h-4 w-64" />
          }
          actions={
            <>
              <Link to="/orgs/$orgId/events/$eventId/timeline" params={{ orgId, eventId }} className={buttonClasses('secondary')}>
                <CalendarRange aria-hidden />
                {t('timeline.openTimeline')}
              </Link>
              <Button variant="secondary" onClick={() => window.print()} disabled={!rundown} data-testid="print-rundown">
                <Printer aria-hidden />
                {t('rundown.print')}
              </Button>
            </>
          }
        />
        {days.length > 1 ? (
          <nav aria-label={t('rundown.days')} className="-mt-1 flex gap-1 overflow-x-auto border-b border-border">
            {days.map((d) => (
              <Link
                key={d}
                to="/orgs/$orgId/events/$eventId/rundown/$day"
                params={{ orgId, eventId, day: d }}
                aria-current={d === day ? 'page' : undefined}
                className={cn(
                  '-mb-px inline-flex h-9 shrink-0 items-center border-b-2 px-3 text-[13px] font-medium whitespace-nowrap transition-colors',
                  d === day ? 'border-primary text-foreground' : 'border-transparent text-muted-foreground hover:text-foreground',
                )}
              >
                {formatCalendarDay(d, language, { weekday: 'short' })}
              </Link>
            ))}
          </nav>
        ) : null}
      </div>

      {/* On paper: the title block the header gives on screen. */}
      <div className="print-only">
        <h1 className="text-[16pt] font-semibold">
          {t('rundown.title')} — {event?.name}
        </h1>
        <p>
          {formatCalendarDay(day, language, { weekday: 'long' })} · {event?.zoneLabel}
          {rundown && end ? ` · ${t('rundown.totals', { count: rundown.cues.length, end: formatTime(end, rundown.timeZone, language) })}` : ''}
        </p>
      </div>

      {query.isPending || !event ? (
        <Card className="flex flex-col gap-3 p-5" aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton className="h-24 w-full" />
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-full" />
        </Card>
      ) : query.isError ? (
        <Card>
          <ErrorPanel
            message={`${t('rundown.loadError')} ${errorMessage(t, query.error)}`}
            action={
              <Button variant="secondary" onClick={() => void query.refetch()}>
                {t('common.retry')}
              </Button>
            }
          />
        </Card>
      ) : !rundown ? (
        <NoDay orgId={orgId} eventId={eventId} day={day} eventStartAt={event.startAt} timeZone={event.timeZone} canWrite={canWrite} />
      ) : (
        <>
          {!canWrite ? (
            <p className="text-[12.5px] text-muted-foreground" data-print-hide>
              {t('rundown.readOnly')}
            </p>
          ) : null}
          <LivePanel orgId={orgId} eventId={eventId} day={day} rundown={rundown} offsetMs={offsetMs} stream={stream} canControl={canWrite} />
          <Card>
            <div className="flex flex-wrap items-center gap-3 border-b border-border px-4 py-3" data-print-hide>
              <h2 className="text-[14px] font-semibold">{t('rundown.cues')}</h2>
              <DayStart orgId={orgId} eventId={eventId} day={day} rundown={rundown} canWrite={canWrite} />
              {end ? (
                <span className="text-[12.5px] text-muted-foreground tabular-nums">
                  {t('rundown.totals', { count: rundown.cues.length, end: formatTime(end, rundown.timeZone, language) })}
                </span>
              ) : null}
              <span className="flex-1" />
              {canWrite ? (
                <Button onClick={() => setEditing('new')} data-testid="add-cue">
                  <Plus aria-hidden />
                  {t('rundown.addCue')}
                </Button>
              ) : null}
            </div>
            {rundown.cues.length === 0 ? (
              <p className="px-4 py-10 text-center text-[13px] text-muted-foreground">{t('rundown.emptyCues')}</p>
            ) : (
              <CuesTable orgId={orgId} eventId={eventId} day={day} rundown={rundown} canWrite={canWrite} onEdit={setEditing} onDelete={setDeleting} />
            )}
          </Card>
        </>
      )}

      {canWrite ? (
        <>
          <CueFormDialog orgId={orgId} eventId={eventId} day={day} cue={editing} onClose={() => setEditing(null)} />
          <ConfirmRemovalDialog
            item={deleting}
            onClose={() => setDeleting(null)}
            title={(cue) => t('rundown.deleteTitle', { title: cue?.title ?? '' })}
            description={t('rundown.deleteBody')}
            removed={(cue) => t('rundown.deleted', { title: cue.title })}
            remove={(cue) => remove.mutateAsync(cue.id)}
            pending={remove.isPending}
          />
        </>
      ) : null}
    </div>
  );
}

function DayStart({ orgId, eventId, day, rundown, canWrite }: { orgId: string; eventId: string; day: string; rundown: Rundown; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const setDay = useSetRundownDay({ orgId, eventId, day });
  const current = timeInputValue(rundown.startsAt, rundown.timeZone);
  const [value, setValue] = useState(current);
  useEffect(() => setValue(current), [current]);
  if (!canWrite) {
    return (
      <span className="text-[12.5px] text-muted-foreground">
        {t('rundown.dayStart')}: <span className="font-medium text-foreground tabular-nums">{formatTime(rundown.startsAt, rundown.timeZone, i18n.language)}</span>
      </span>
    );
  }
  const commit = (value: string) => {
    setValue(value);
    if (value === current) return;
    const startsAt = dayTimeToInstant(day, value, rundown.timeZone);
    if (!startsAt) {
      setValue(current);
      return;
    }
    setDay.mutate(
      { version: rundown.version, startsAt },
      { onSuccess: () => toast.success(t('rundown.dayStartSaved')), onError: (e) => toast.error(errorMessage(t, e)) },
    );
  };
  return (
    <label className="inline-flex items-center gap-2 text-[12.5px] text-muted-foreground">
      {t('rundown.dayStart')}
      <TimeInput value={value} onChange={(next) => next && commit(next)} className="w-[7rem] [&>div]:h-7" data-testid="day-start" stepMinutes={5} />
    </label>
  );
}

function NoDay({ orgId, eventId, day, eventStartAt, timeZone, canWrite }: { orgId: string; eventId: string; day: string; eventStartAt: string; timeZone: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const setDay = useSetRundownDay({ orgId, eventId, day });
  const [time, setTime] = useState(() => timeInputValue(defaultDayStart(day, eventStartAt, timeZone), timeZone));
  const create = () => {
    const startsAt = dayTimeToInstant(day, time, timeZone);
    if (!startsAt) return;
    setDay.mutate({ version: null, startsAt }, { onError: (e) => toast.error(errorMessage(t, e)) });
  };
  return (
    <Card>
      <EmptyState
        icon={Clapperboard}
        title={t('rundown.noDay.title')}
        body={canWrite ? t('rundown.noDay.body') : t('rundown.noDay.readOnlyBody')}
        action={
          canWrite ? (
            <CardBody className="flex flex-wrap items-end justify-center gap-2 p-0">
              <Field label={t('rundown.noDay.startsAt')}>
                <TimeInput value={time} onChange={(next) => next && setTime(next)} className="w-[7rem]" stepMinutes={5} />
              </Field>
              <Button onClick={create} loading={setDay.isPending} data-testid="create-rundown-day">
                {t('rundown.noDay.create')}
              </Button>
            </CardBody>
          ) : null
        }
      />
    </Card>
  );
}
