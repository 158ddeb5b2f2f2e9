import type { EventStatus } from '@rundown/domain';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/ui/badge';

const TONES: Record<EventStatus, BadgeTone> = {
  planning: 'neutral',
  pre_production: 'info',
  production: 'warning',
  wrap: 'success',
  closed: 'neutral',
};

export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={TONES[status]} dot data-status={status} className={status === 'closed' ? 'opacity-70' : undefined}>
      {t(`eventStatuses.${status}`)}
    </Badge>
  );
}
