import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Card, CardBody, CardHeader } from '../../../components/ui/card';
import { Skeleton } from '../../../components/ui/skeleton';
import { errorMessage } from '../../../lib/errors';
import { formatDateRange } from '../../../lib/format';
import { useLocationUsage } from '../api/location-usage';
import { HoldStatusBadge } from './hold-status-badge';
import { LoadMore } from '../../../components/ui/load-more';

/** Which events use the place and when, in each event's own zone. */
export function LocationUsageCard({ orgId, locationId }: { orgId: string; locationId: string }) {
  const { t, i18n } = useTranslation();
  const query = useLocationUsage(orgId, locationId);
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  return (
    <Card data-testid="location-usage">
      <CardHeader title={t('locations.detail.usage')} />
      <CardBody className="p-0">
        {query.isPending ? (
          <div className="p-5">
            <Skeleton className="h-5 w-2/3" />
          </div>
        ) : query.isError ? (
          <div className="p-4">
            <Alert>{errorMessage(t, query.error)}</Alert>
          </div>
        ) : rows.length === 0 ? (
          <p className="px-5 py-6 text-[13px] text-muted-foreground">{t('locations.detail.noUsage')}</p>
        ) : (
          <ul className="divide-y divide-border">
            {rows.map((u) => (
              <li key={u.placeId} className="flex flex-wrap items-center justify-between gap-2 px-5 py-2.5 text-[13px]">
                <div className="flex min-w-0 flex-col">
                  <Link to="/orgs/$orgId/events/$eventId" params={{ orgId, eventId: u.eventId }} className="truncate font-medium hover:underline">
                    {u.eventName}
                  </Link>
                  <span className="text-muted-foreground tabular-nums">
                    {formatDateRange(u.startAt, u.endAt, u.eventTimeZone, i18n.language)}
                    {u.spaceName ? ` · ${u.spaceName}` : ''}
                  </span>
                </div>
                <span className="flex items-center gap-1.5">
                  <Badge>{t(`placeRoles.${u.role}`)}</Badge>
                  <HoldStatusBadge status={u.holdStatus} rank={u.holdRank} />
                </span>
              </li>
            ))}
          </ul>
        )}
        <LoadMore query={query} />
      </CardBody>
    </Card>
  );
}
