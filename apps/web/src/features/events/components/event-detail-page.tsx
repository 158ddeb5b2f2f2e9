import type { CurrencyCode, Event } from '@rundown/domain';
import { Link } from '@tanstack/react-router';
import { CalendarPlus, CalendarRange, ChevronLeft, Clapperboard, MoreHorizontal, Pencil, Trash2, Wallet } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { NotFoundPanel, ErrorPanel } from '../../../components/layout/state-panels';
import { Button, buttonClasses } from '../../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from '../../../components/ui/dropdown-menu';
import { PageHeader } from '../../../components/ui/page-header';
import { Skeleton } from '../../../components/ui/skeleton';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { currencyName, formatDateTime, isKnownTimeZone, timeZoneOffsetLabel } from '../../../lib/format';
import { EventCalendarDialog } from '../../calendar/components/event-calendar-dialog';
import { useDeleteEvent } from '../api/delete-event';
import { useEvent } from '../api/get-event';
import { EventFormDialog } from './event-form-dialog';
import { EventOverviewCards } from './event-overview';
import { EventStatusBadge } from './event-status-badge';

export type EventDetailPageProps = {
  orgId: string;
  eventId: string;
  defaultTimeZone: string;
  defaultCurrency: CurrencyCode;
  canWrite: boolean;
  canDelete: boolean;
  /** Whether to link to the event's budget (crew and vendors never see budgets). */
  canReadBudget?: boolean;
  /** Whether to link to the event's timeline and run of show (schedule.read). */
  canReadSchedule?: boolean;
  onDeleted: () => void;
  /** More cards under the overview (e.g. the event's places), drawn by the route. */
  more?: (event: Event) => ReactNode;
};

export function EventDetailPage({ orgId, eventId, defaultTimeZone, defaultCurrency, canWrite, canDelete, canReadBudget = false, canReadSchedule = false, onDeleted, more }: EventDetailPageProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const query = useEvent(orgId, eventId);
  const remove = useDeleteEvent(orgId);
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [subscribing, setSubscribing] = useState(false);

  const back = (
    <Link to="/orgs/$orgId/events" params={{ orgId }} className={buttonClasses('ghost', 'sm', '-ml-2 w-fit text-muted-foreground')}>
      <ChevronLeft aria-hidden />
      {t('events.detail.back')}
    </Link>
  );

  if (query.isPending) {
    return (
      <div aria-busy="true" aria-label={t('common.loading')}>
        {back}
        <Skeleton className="mt-4 h-7 w-72" />
        <Skeleton className="mt-6 h-48 w-full" />
      </div>
    );
  }
  if (query.isError) {
    return (
      <div>
        {back}
        {isApiError(query.error) && query.error.status === 404 ? (
          <NotFoundPanel />
        ) : (
          <ErrorPanel
            message={errorMessage(t, query.error)}
            action={
              <Button variant="secondary" onClick={() => void query.refetch()}>
                {t('common.retry')}
              </Button>
            }
          />
        )}
      </div>
    );
  }

  const event = query.data;
  const zoneLabel = `${isKnownTimeZone(event.timeZone) ? t(`timeZones.${event.timeZone}`) : event.timeZone} · ${timeZoneOffsetLabel(event.timeZone, new Date(event.startAt))}`;

  const onDelete = async () => {
    try {
      await remove.mutateAsync(event.id);
      toast.success(t('events.detail.deleted', { name: event.name }));
      setConfirmDelete(false);
      onDeleted();
    } catch (error) {
      toast.error(errorMessage(t, error));
    }
  };

  return (
    <div>
      <PageHeader
        before={back}
        title={
          <span className="flex items-center gap-3">
            <span className="truncate">{event.name}</span>
            <EventStatusBadge status={event.status} />
          </span>
        }
        description={t(`eventKinds.${event.kind}`)}
        actions={
          <>
            {canReadSchedule ? (
              <>
                <Link to="/orgs/$orgId/events/$eventId/timeline" params={{ orgId, eventId }} className={buttonClasses('secondary')} data-testid="open-timeline">
                  <CalendarRange aria-hidden />
                  {t('timeline.openTimeline')}
                </Link>
                <Link to="/orgs/$orgId/events/$eventId/rundown" params={{ orgId, eventId }} className={buttonClasses('secondary')} data-testid="open-rundown">
                  <Clapperboard aria-hidden />
                  {t('timeline.openRundown')}
                </Link>
              </>
            ) : null}
            {canReadBudget ? (
              <Link to="/orgs/$orgId/events/$eventId/budget" params={{ orgId, eventId }} className={buttonClasses('primary')} data-testid="open-budget">
                <Wallet aria-hidden />
                {t('events.detail.budget')}
              </Link>
            ) : null}
            {canWrite ? (
              <Button variant="secondary" onClick={() => setEditing(true)}>
                <Pencil aria-hidden />
                {t('common.edit')}
              </Button>
            ) : null}
            {canReadSchedule || canDelete ? (
              <DropdownMenu>
                <DropdownMenuTrigger asChild>
                  <Button variant="secondary" size="icon" aria-label={t('events.detail.actions')}>
                    <MoreHorizontal aria-hidden />
                  </Button>
                </DropdownMenuTrigger>
                <DropdownMenuContent align="end">
                  {canReadSchedule ? (
                    <DropdownMenuItem onSelect={() => setSubscribing(true)} data-testid="open-event-calendar">
                      <CalendarPlus aria-hidden />
                      {t('calendar.event.open')}
                    </DropdownMenuItem>
                  ) : null}
                  {canDelete ? (
                    <DropdownMenuItem tone="danger" onSelect={() => setConfirmDelete(true)}>
                      <Trash2 aria-hidden />
                      {t('common.delete')}
                    </DropdownMenuItem>
                  ) : null}
                </DropdownMenuContent>
              </DropdownMenu>
            ) : null}
          </>
        }
      />

      <EventOverviewCards orgId={orgId} eventId={eventId} timeZone={event.timeZone} canReadBudget={canReadBudget} canReadSchedule={canReadSchedule} />
      {more?.(event)}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader title={t('events.detail.schedule')} />
          <CardBody>
            <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
              <Item label={t('events.detail.starts')}>{formatDateTime(event.startAt, event.timeZone, language)}</Item>
              <Item label={t('events.detail.ends')}>{formatDateTime(event.endAt, event.timeZone, language)}</Item>
              <Item label={t('events.detail.timeZone')}>{zoneLabel}</Item>
              <Item label={t('events.form.venue')}>{event.venue ?? '—'}</Item>
            </dl>
          </CardBody>
          <div className="border-t border-border px-5 py-4">
            <h3 className="mb-1.5 text-[12.5px] font-medium text-muted-foreground">{t('events.detail.notes')}</h3>
            <p className="text-[13px] whitespace-pre-wrap">{event.notes ?? <span className="text-muted-foreground">{t('events.detail.noNotes')}</span>}</p>
          </div>
        </Card>
        <Card>
          <CardHeader title={t('events.detail.details')} />
          <CardBody>
            <dl className="flex flex-col gap-4">
              <Item label={t('events.form.client')}>{event.client ?? '—'}</Item>
              <Item label={t('events.form.currency')}>
                {event.currency} — {currencyName(event.currency, language)}
              </Item>
              <Item label={t('events.detail.created')}>{formatDateTime(event.createdAt, event.timeZone, language)}</Item>
              <Item label={t('events.detail.updated')}>{formatDateTime(event.updatedAt, event.timeZone, language)}</Item>
            </dl>
          </CardBody>
        </Card>
      </div>

      {canWrite ? (
        <EventFormDialog
          open={editing}
          onOpenChange={setEditing}
          orgId={orgId}
          event={event}
          defaultTimeZone={defaultTimeZone}
          defaultCurrency={defaultCurrency}
        />
      ) : null}
      {canReadSchedule ? <EventCalendarDialog orgId={orgId} eventId={eventId} eventName={event.name} open={subscribing} onOpenChange={setSubscribing} /> : null}
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={t('events.detail.deleteTitle')}
        description={t('events.detail.deleteBody', { name: event.name })}
        confirmLabel={t('common.delete')}
        pending={remove.isPending}
        onConfirm={() => void onDelete()}
      />
    </div>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <dt className="text-[12.5px] text-muted-foreground">{label}</dt>
      <dd className="text-[13px]">{children}</dd>
    </div>
  );
}
