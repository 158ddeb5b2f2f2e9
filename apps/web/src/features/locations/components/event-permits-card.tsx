import type { Permit } from '@rundown/domain';
import { FileCheck, MoreHorizontal, Pencil, Plus, Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../../components/ui/card';
import { ConfirmRemovalDialog } from '../../../components/ui/confirm-dialog';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '../../../components/ui/dropdown-menu';
import { Skeleton } from '../../../components/ui/skeleton';
import { useEventPlaces } from '../api/list-event-places';
import { usePermits } from '../api/list-permits';
import { useDeletePermit } from '../api/save-permit';
import { PermitFormDialog } from './permit-form-dialog';
import { PermitUrgencyBadge } from './permit-urgency-badge';
import { LoadError } from '../../../components/ui/load-error';

export type EventPermitsCardProps = {
  orgId: string;
  event: { id: string; scale: string | null };
  canWrite: boolean;
};

/** An event's permits with their computed apply-by dates and warnings. */
export function EventPermitsCard({ orgId, event, canWrite }: EventPermitsCardProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('id') ? 'id' : 'en';
  const filters = useMemo(() => ({ eventId: event.id }), [event.id]);
  const query = usePermits(orgId, filters);
  const places = useEventPlaces(orgId, event.id);
  const remove = useDeletePermit(orgId, event.id);
  const permits = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Permit | null>(null);
  const [removing, setRemoving] = useState<Permit | null>(null);
  const needsScale = !event.scale && permits.some((p) => p.category === 'crowd');

  return (
    <Card data-testid="event-permits">
      <CardHeader
        title={t('permits.eventTitle')}
        description={t('permits.eventDescription')}
        actions={
          canWrite ? (
            <Button size="sm" variant="secondary" onClick={() => setAdding(true)} data-testid="add-permit">
              <Plus aria-hidden />
              {t('permits.add')}
            </Button>
          ) : null
        }
      />
      <CardBody className="p-0">
        {needsScale ? (
          <div className="px-5 pt-4">
            <Alert tone="warning">{t('permits.setScale')}</Alert>
          </div>
        ) : null}
        {query.isPending ? (
          <div className="p-5">
            <Skeleton className="h-5 w-2/3" />
          </div>
        ) : query.isError ? (
          <LoadError message={t('permits.loadError')} error={query.error} />
        ) : permits.length === 0 ? (
          <p className="px-5 py-6 text-[13px] text-muted-foreground">{t('permits.empty')}</p>
        ) : (
          <ul className="divide-y divide-border">
            {permits.map((p) => (
              <li key={p.id} className="flex flex-col gap-1.5 px-5 py-3 text-[13px]" data-testid="event-permit">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <div className="flex min-w-0 flex-wrap items-center gap-2">
                    <FileCheck className="size-4 shrink-0 text-muted-foreground" aria-hidden />
                    <span className="font-medium">{p.typeName[lang]}</span>
                    <Badge>{t(`permits.statuses.${p.status}`)}</Badge>
                  </div>
                  {canWrite ? (
                    <DropdownMenu>
                      <DropdownMenuTrigger asChild>
                        <Button variant="ghost" size="icon-sm" aria-label={t('permits.edit')}>
                          <MoreHorizontal aria-hidden />
                        </Button>
                      </DropdownMenuTrigger>
                      <DropdownMenuContent align="end">
                        <DropdownMenuItem onSelect={() => setEditing(p)}>
                          <Pencil aria-hidden />
                          {t('permits.edit')}
                        </DropdownMenuItem>
                        <DropdownMenuSeparator />
                        <DropdownMenuItem tone="danger" onSelect={() => setRemoving(p)}>
                          <Trash2 aria-hidden />
                          {t('permits.remove')}
                        </DropdownMenuItem>
                      </DropdownMenuContent>
                    </DropdownMenu>
                  ) : null}
                </div>
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 pl-6 text-muted-foreground">
                  <PermitUrgencyBadge permit={p} />
                  {p.leadDays !== null ? (
                    <span>
                      {t('permits.lead', { count: p.leadDays })}
                      {p.statutoryDays !== null ? ` (${t('permits.statutory', { count: p.statutoryDays })})` : ''}
                    </span>
                  ) : null}
                  {p.issuer ? <span>{p.issuer}</span> : null}
                  {p.placeName ? <span>{p.placeName}</span> : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
      {canWrite ? (
        <>
          <PermitFormDialog
            open={adding || editing !== null}
            onOpenChange={(open) => {
              if (open) return;
              setAdding(false);
              setEditing(null);
            }}
            orgId={orgId}
            eventId={event.id}
            places={places.data ?? []}
            permit={editing ?? undefined}
          />
          <ConfirmRemovalDialog
            item={removing}
            onClose={() => setRemoving(null)}
            title={() => t('permits.removeTitle')}
            description={t('permits.removeBody')}
            removed={() => t('permits.removed')}
            remove={(p) => remove.mutateAsync(p.id)}
            pending={remove.isPending}
          />
        </>
      ) : null}
    </Card>
  );
}
