import { daysBetween, toZonedLocal, type Permit } from '@rundown/domain';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { formatDate } from '../../../lib/format';

const TONES: Record<Permit['urgency'], BadgeTone> = {
  done: 'success',
  overdue: 'danger',
  due_3: 'danger',
  due_7: 'warning',
  upcoming: 'neutral',
  unknown: 'neutral',
};

/** "Apply by 19 Nov 2026 — passed": the computed date, in the event's zone, and how close it is. */
export function PermitUrgencyBadge({ permit }: { permit: Permit }) {
  const { t, i18n } = useTranslation();
  const date = permit.applyBy ? formatDate(`${permit.applyBy}T12:00:00Z`, 'UTC', i18n.language) : '';
  const today = toZonedLocal(new Date().toISOString(), permit.eventTimeZone).slice(0, 10);
  const days = permit.applyBy ? daysBetween(today, permit.applyBy) : 0;
  return (
    <Badge className="h-auto min-h-5 py-0.5 whitespace-normal" tone={TONES[permit.urgency]} dot={permit.urgency === 'overdue' || permit.urgency === 'due_3'} data-testid="permit-urgency" data-urgency={permit.urgency}>
      {t(`permits.urgency.${permit.urgency}`, { date, days })}
    </Badge>
  );
}
