import type { HoldStatus } from '@rundown/domain';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';

/** Confirmed (green), tentative with its place in the queue (amber), released (grey). */
export function HoldStatusBadge({ status, rank }: { status: HoldStatus; rank: number | null }) {
  const { t } = useTranslation();
  if (status === 'confirmed') return <Badge tone="success" dot>{t('holdStatuses.confirmed')}</Badge>;
  if (status === 'released') return <Badge>{t('holdStatuses.released')}</Badge>;
  return (
    <Badge tone="warning" dot>
      {rank ? t('places.tentativeRank', { rank: ordinal(rank) }) : t('holdStatuses.tentative')}
    </Badge>
  );
}

/** 1st, 2nd… as holds are spoken of in both languages ("hold ke-2" reads oddly in a badge). */
export function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
