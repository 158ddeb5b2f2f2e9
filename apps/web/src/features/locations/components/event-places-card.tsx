import { assessHold, type EventPlace, type HoldOverlap } from '@rundown/domain';
import { ExternalLink, MapPin, MoreHorizontal, Pencil, Plus, Trash2, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../../components/ui/card';
import { ConfirmDialog, ConfirmRemovalDialog } from '../../../components/ui/confirm-dialog';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '../../../components/ui/dropdown-menu';
import { Skeleton } from '../../../components/ui/skeleton';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { formatDateRange } from '../../../lib/format';
import { useDeleteEventPlace } from '../api/delete-event-place';
import { useEventPlaces } from '../api/list-event-places';
import { useUpdateEventPlace } from '../api/save-event-place';
import { zoneLabel } from '../utils/location-format';
import { eventNames, HoldFormDialog } from './hold-form-dialog';
import { HoldStatusBadge } from './hold-status-badge';
import { LoadError } from '../../../components/ui/load-error';

export type EventPlacesCardProps = {
  orgId: string;
  event: { id: string; startAt: string; endAt: string; timeZone: string };
  canWrite: boolean;
};

/** The warning a hold carries, from the same rules the API applies. */
function warningOf(place: EventPlace): { key: 'underConfirmed' | 'queued' | 'competing'; overlaps: HoldOverlap[] } | null {
  const self = { id: place.id, spaceId: place.spaceId, startAt: place.startAt, endAt: place.endAt, status: place.holdStatus, rank: place.holdRank };
  const others = place.overlaps.map((o) => ({ id: o.placeId, spaceId: place.spaceId, startAt: o.startAt, endAt: o.endAt, status: o.holdStatus, rank: o.holdRank }));
  const verdict = assessHold(self, others);
  const pick = (ids: { id: string }[]) => place.overlaps.filter((o) => ids.some((h) => h.id === o.placeId));
  if (verdict.underConfirmed.length) return { key: 'underConfirmed', overlaps: pick(verdict.underConfirmed) };
  if (place.holdStatus === 'tentative') {
    const ahead = place.overlaps.filter((o) => o.holdStatus === 'tentative' && (o.holdRank ?? Infinity) < (place.holdRank ?? Infinity));
    if (ahead.length) return { key: 'queued', overlaps: ahead };
  }
  if (place.holdStatus === 'confirmed' && place.overlaps.length) return { key: 'competing', overlaps: place.overlaps };
  return null;
}

/** An event's places on its overview: each hold with its windows and what it competes with. */
export function EventPlacesCard({ orgId, event, canWrite }: EventPlacesCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const query = useEventPlaces(orgId, event.id);
  const update = useUpdateEventPlace(orgId, event.id);
  const remove = useDeleteEventPlace(orgId, event.id);
  const [editing, setEditing] = useState<EventPlace | null>(null);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<EventPlace | null>(null);
  const [jump, setJump] = useState<{ place: EventPlace; ahead: HoldOverlap[] } | null>(null);
  const range = (a: string, b: string) => formatDateRange(a, b, event.timeZone, language);

  const setStatus = async (place: EventPlace, holdStatus: 'confirmed' | 'released', jumpQueue = false) => {
    try {
      await update.mutateAsync({ placeId: place.id, version: place.version, body: { holdStatus, ...(jumpQueue ? { jumpQueue } : {}) } });
      setJump(null);
      toast.success(t('places.saved'));
    } catch (error) {
      if (isApiError(error) && error.code === 'hold_queue') return setJump({ place, ahead: (error.current as HoldOverlap[]) ?? [] });
      setJump(null);
      if (isApiError(error) && error.code === 'double_booking') {
        toast.error(t('places.doubleBooking', { events: eventNames((error.current as HoldOverlap[]) ?? [], language) }));
      } else toast.error(errorMessage(t, error));
    }
  };

  return (
    <Card data-testid="event-places">
      <CardHeader
        title={t('places.title')}
        description={t('places.description', { zone: zoneLabel(event.timeZone) })}
        actions={
          canWrite ? (
            <Button size="sm" variant="secondary" onClick={() => setAdding(true)} data-testid="add-hold">
              <Plus aria-hidden />
              {t('places.add')}
            </Button>
          ) : null
        }
      />
      <CardBody className="p-0">
        {query.isPending ? (
          <div className="flex flex-col gap-2 p-5">
            <Skeleton className="h-5 w-2/3" />
            <Skeleton className="h-5 w-1/2" />
          </div>
        ) : query.isError ? (
          <LoadError message={t('places.loadError')} error={query.error} />
        ) : query.data.length === 0 ? (
          <p className="px-5 py-6 text-[13px] text-muted-foreground">{t('places.empty')}</p>
        ) : (
          <ul className="divide-y divide-border">
            {query.data.map((place) => {
              const warning = warningOf(place);
              return (
                <li key={place.id} className="flex flex-col gap-1.5 px-5 py-3 text-[13px]" data-testid="event-place">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <div className="flex min-w-0 flex-wrap items-center gap-2">
                      <MapPin className="size-4 shrink-0 text-muted-foreground" aria-hidden />
                      <span className="font-medium">{place.locationName}</span>
                      {place.spaceName ? <span className="text-muted-foreground">· {place.spaceName}</span> : null}
                      <Badge>{t(`placeRoles.${place.role}`)}</Badge>
                      <HoldStatusBadge status={place.holdStatus} rank={place.holdRank} />
                    </div>
                    <div className="flex items-center gap-1">
                      <Button asChild variant="ghost" size="icon-sm">
                        <a href={place.mapUrl} target="_blank" rel="noreferrer noopener" aria-label={`${t('places.openMap')}: ${place.locationName}`}>
                          <ExternalLink aria-hidden />
                        </a>
                      </Button>
                      {canWrite ? (
                        <DropdownMenu>
                          <DropdownMenuTrigger asChild>
                            <Button variant="ghost" size="icon-sm" aria-label={t('places.edit')} data-testid="hold-actions">
                              <MoreHorizontal aria-hidden />
                            </Button>
                          </DropdownMenuTrigger>
                          <DropdownMenuContent align="end">
                            <DropdownMenuItem onSelect={() => setEditing(place)}>
                              <Pencil aria-hidden />
                              {t('places.edit')}
                            </DropdownMenuItem>
                            {place.holdStatus !== 'confirmed' ? (
                              <DropdownMenuItem onSelect={() => void setStatus(place, 'confirmed')} data-testid="confirm-hold">
                                {t('places.confirm')}
                              </DropdownMenuItem>
                            ) : null}
                            {place.holdStatus !== 'released' ? (
                              <DropdownMenuItem onSelect={() => void setStatus(place, 'released')}>{t('places.release')}</DropdownMenuItem>
                            ) : null}
                            <DropdownMenuSeparator />
                            <DropdownMenuItem tone="danger" onSelect={() => setRemoving(place)}>
                              <Trash2 aria-hidden />
                              {t('places.remove')}
                            </DropdownMenuItem>
                          </DropdownMenuContent>
                        </DropdownMenu>
                      ) : null}
                    </div>
                  </div>
                  <div className="flex flex-wrap gap-x-4 gap-y-0.5 pl-6 text-muted-foreground tabular-nums">
                    <span>{range(place.startAt, place.endAt)}</span>
                    {place.loadIn ? <span>{`${t('places.loadIn')}: ${range(place.loadIn.startAt, place.loadIn.endAt)}`}</span> : null}
                    {place.loadOut ? <span>{`${t('places.loadOut')}: ${range(place.loadOut.startAt, place.loadOut.endAt)}`}</span> : null}
                  </div>
                  {warning ? (
                    <p className="flex items-start gap-1.5 pl-6 text-[12.5px] text-[color-mix(in_oklch,var(--warning)_70%,var(--foreground))]" data-testid="hold-warning">
                      <TriangleAlert className="mt-0.5 size-3.5 shrink-0" aria-hidden />
                      {t(`places.${warning.key}`, { events: eventNames(warning.overlaps, language) })}
                    </p>
                  ) : null}
                  {place.notes ? <p className="pl-6 text-[12.5px] whitespace-pre-line text-muted-foreground">{place.notes}</p> : null}
                </li>
              );
            })}
          </ul>
        )}
      </CardBody>
      {canWrite ? (
        <>
          <HoldFormDialog
            open={adding || editing !== null}
            onOpenChange={(open) => {
              if (open) return;
              setAdding(false);
              setEditing(null);
            }}
            orgId={orgId}
            eventId={event.id}
            timeZone={event.timeZone}
            eventStartAt={event.startAt}
            eventEndAt={event.endAt}
            place={editing ?? undefined}
          />
          <ConfirmRemovalDialog
            item={removing}
            onClose={() => setRemoving(null)}
            title={(p) => t('places.removeTitle', { name: p?.locationName ?? '' })}
            description={t('places.removeBody')}
            removed={(p) => t('places.removed', { name: p.locationName })}
            remove={(p) => remove.mutateAsync(p.id)}
            pending={remove.isPending}
          />
          <ConfirmDialog
            open={jump !== null}
            onOpenChange={(open) => {
              if (!open) setJump(null);
            }}
            title={t('places.jumpTitle')}
            description={t('places.jumpBody', { events: eventNames(jump?.ahead ?? [], language) })}
            confirmLabel={t('places.jumpConfirm')}
            tone="primary"
            pending={update.isPending}
            onConfirm={() => jump && void setStatus(jump.place, 'confirmed', true)}
          />
        </>
      ) : null}
    </Card>
  );
}
