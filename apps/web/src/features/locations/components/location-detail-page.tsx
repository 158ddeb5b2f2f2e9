import type { Location, Space } from '@rundown/domain';
import { Link } from '@tanstack/react-router';
import { ArrowLeft, ExternalLink, Pencil, Phone, Plus, Trash2 } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../../components/ui/card';
import { ConfirmRemovalDialog } from '../../../components/ui/confirm-dialog';
import { Input } from '../../../components/ui/input';
import { PageHeader } from '../../../components/ui/page-header';
import { Skeleton } from '../../../components/ui/skeleton';
import { errorMessage } from '../../../lib/errors';
import { useCreateSpace } from '../api/create-space';
import { useDeleteLocation } from '../api/delete-location';
import { useDeleteSpace } from '../api/delete-space';
import { useLocation } from '../api/get-location';
import { provinceNames } from '../locales/provinces';
import { zoneLabel } from '../utils/location-format';
import { LocationFormDialog } from './location-form-dialog';

export type LocationDetailPageProps = {
  orgId: string;
  locationId: string;
  canWrite: boolean;
  onDeleted: () => void;
  /** The events using this place (rendered by the event-places part of the feature). */
  usage?: ReactNode;
};

/** One place: where it is, its spaces, the crew's notes, the nearest hospital, contacts, and the events held there. */
export function LocationDetailPage({ orgId, locationId, canWrite, onDeleted, usage }: LocationDetailPageProps) {
  const { t } = useTranslation();
  const query = useLocation(orgId, locationId);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState<Location | null>(null);
  const remove = useDeleteLocation(orgId);
  const back = (
    <Link to="/orgs/$orgId/locations" params={{ orgId }} className="inline-flex w-fit items-center gap-1 text-[12.5px] text-muted-foreground hover:text-foreground">
      <ArrowLeft className="size-3.5" aria-hidden />
      {t('locations.back')}
    </Link>
  );
  if (query.isPending) {
    return (
      <div className="flex flex-col gap-3">
        {back}
        <Skeleton className="h-7 w-64" />
        <Skeleton className="h-40 w-full" />
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="flex flex-col gap-3">
        {back}
        <Alert>{errorMessage(t, query.error)}</Alert>
      </div>
    );
  }
  const place = query.data;
  const address = [place.address, place.city, place.province ? provinceNames[place.province] : null, place.postalCode].filter(Boolean).join(', ');
  const notes = (
    [
      ['loadingDockNotes', place.loadingDockNotes],
      ['parkingNotes', place.parkingNotes],
      ['accessNotes', place.accessNotes],
      ['powerNotes', place.powerNotes],
      ['notes', place.notes],
    ] as const
  ).filter(([, v]) => v);

  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        before={back}
        title={place.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge>{t(`locationKinds.${place.kind}`)}</Badge>
            <span>{address}</span>
          </span>
        }
        actions={
          <>
            <Button asChild variant="secondary">
              <a href={place.mapUrl} target="_blank" rel="noreferrer noopener" data-testid="location-map-link">
                <ExternalLink aria-hidden />
                {t('locations.openMap')}
              </a>
            </Button>
            {canWrite ? (
              <>
                <Button variant="secondary" onClick={() => setEditing(true)} data-testid="edit-location">
                  <Pencil aria-hidden />
                  {t('locations.edit')}
                </Button>
                <Button variant="ghost" size="icon" aria-label={t('locations.delete')} onClick={() => setDeleting(place)}>
                  <Trash2 aria-hidden />
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex min-w-0 flex-col gap-4">
          <Card>
            <CardHeader title={t('locations.detail.spaces')} />
            <CardBody className="flex flex-col gap-3">
              <dl className="grid grid-cols-2 gap-3 text-[13px] sm:grid-cols-3">
                <Fact label={t('locations.detail.zone')}>{zoneLabel(place.timeZone)}</Fact>
                <Fact label={t('locations.detail.capacity')}>{place.capacity === null ? '—' : t('locations.people', { count: place.capacity })}</Fact>
              </dl>
              <SpacesList orgId={orgId} location={place} canWrite={canWrite} />
            </CardBody>
          </Card>
          {usage}
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <Card>
            <CardHeader title={t('locations.detail.notes')} />
            <CardBody>
              {notes.length === 0 ? (
                <p className="text-[13px] text-muted-foreground">{t('locations.detail.noNotes')}</p>
              ) : (
                <dl className="flex flex-col gap-3 text-[13px]">
                  {notes.map(([key, value]) => (
                    <Fact key={key} label={t(`locations.form.${key}`)}>
                      <span className="whitespace-pre-line">{value}</span>
                    </Fact>
                  ))}
                </dl>
              )}
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t('locations.detail.hospital')} />
            <CardBody className="text-[13px]">
              {place.hospital ? (
                <div className="flex flex-col gap-1" data-testid="location-hospital">
                  <span className="font-medium">{place.hospital.name}</span>
                  {place.hospital.address ? <span className="text-muted-foreground">{place.hospital.address}</span> : null}
                  <span className="flex flex-wrap gap-3">
                    {place.hospital.phone ? (
                      <a href={`tel:${place.hospital.phone}`} className="inline-flex items-center gap-1 hover:underline">
                        <Phone className="size-3" aria-hidden />
                        {place.hospital.phone}
                      </a>
                    ) : null}
                    {place.hospital.url ? (
                      <a href={place.hospital.url} target="_blank" rel="noreferrer noopener" className="inline-flex items-center gap-1 hover:underline">
                        <ExternalLink className="size-3" aria-hidden />
                        {t('locations.form.hospitalUrl')}
                      </a>
                    ) : null}
                  </span>
                </div>
              ) : (
                <p className="text-muted-foreground">{t('locations.detail.noHospital')}</p>
              )}
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t('locations.detail.contacts')} />
            <CardBody className="text-[13px]">
              {place.contacts.length === 0 ? (
                <p className="text-muted-foreground">{t('locations.detail.noContacts')}</p>
              ) : (
                <ul className="flex flex-col gap-2">
                  {place.contacts.map((c, i) => (
                    <li key={i} className="flex flex-col">
                      <span className="font-medium">
                        {c.name}
                        {c.role ? <span className="font-normal text-muted-foreground"> · {c.role}</span> : null}
                      </span>
                      <span className="flex flex-wrap gap-x-3 text-muted-foreground">
                        {c.phone ? <a href={`tel:${c.phone}`}>{c.phone}</a> : null}
                        {c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </CardBody>
          </Card>
        </div>
      </div>
      {canWrite ? (
        <>
          <LocationFormDialog open={editing} onOpenChange={setEditing} orgId={orgId} location={place} />
          <ConfirmRemovalDialog
            item={deleting}
            onClose={() => setDeleting(null)}
            title={(l) => t('locations.deleteTitle', { name: l?.name ?? '' })}
            description={t('locations.deleteBody')}
            removed={(l) => t('locations.deleted', { name: l.name })}
            remove={async (l) => {
              await remove.mutateAsync(l.id);
              onDeleted();
            }}
            pending={remove.isPending}
          />
        </>
      ) : null}
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <dt className="text-[12px] text-muted-foreground">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

function SpacesList({ orgId, location, canWrite }: { orgId: string; location: Location; canWrite: boolean }) {
  const { t } = useTranslation();
  const create = useCreateSpace(orgId, location.id);
  const remove = useDeleteSpace(orgId, location.id);
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState('');
  const [deleting, setDeleting] = useState<Space | null>(null);
  const add = async () => {
    if (!name.trim()) return;
    try {
      const space = await create.mutateAsync({ name: name.trim(), capacity: /^\d+$/.test(capacity.trim()) ? Number(capacity.trim()) : null });
      toast.success(t('locations.detail.spaceAdded', { name: space.name }));
      setName('');
      setCapacity('');
    } catch (error) {
      toast.error(errorMessage(t, error));
    }
  };
  return (
    <div className="flex flex-col gap-2">
      {location.spaces.length === 0 ? (
        <p className="text-[13px] text-muted-foreground">{t('locations.detail.noSpaces')}</p>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border" data-testid="location-spaces">
          {location.spaces.map((s) => (
            <li key={s.id} className="flex items-center justify-between gap-2 px-3 py-2 text-[13px]">
              <span className="min-w-0 truncate font-medium">{s.name}</span>
              <span className="flex items-center gap-2">
                <span className="text-muted-foreground tabular-nums">{s.capacity === null ? '' : t('locations.people', { count: s.capacity })}</span>
                {canWrite ? (
                  <Button variant="ghost" size="icon-sm" aria-label={t('locations.detail.deleteSpace', { name: s.name })} onClick={() => setDeleting(s)}>
                    <Trash2 aria-hidden />
                  </Button>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <form
          className="flex flex-wrap items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Input className="min-w-0 flex-1" value={name} onChange={(e) => setName(e.target.value)} placeholder={t('locations.form.spaceName')} aria-label={t('locations.form.spaceName')} data-testid="new-space-name" />
          <Input className="w-24" inputMode="numeric" value={capacity} onChange={(e) => setCapacity(e.target.value)} placeholder={t('locations.form.spaceCapacity')} aria-label={t('locations.form.spaceCapacity')} />
          <Button type="submit" variant="secondary" loading={create.isPending} disabled={!name.trim()}>
            <Plus aria-hidden />
            {t('locations.detail.addSpace')}
          </Button>
        </form>
      ) : null}
      <ConfirmRemovalDialog
        item={deleting}
        onClose={() => setDeleting(null)}
        title={(s) => t('locations.detail.deleteSpace', { name: s?.name ?? '' })}
        description={t('locations.deleteBody')}
        removed={(s) => t('locations.detail.spaceDeleted', { name: s.name })}
        remove={(s) => remove.mutateAsync(s.id)}
        pending={remove.isPending}
      />
    </div>
  );
}
