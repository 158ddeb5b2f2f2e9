import type { TaskStatus } from '@rundown/domain';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/ui/badge';

export const STATUS_TONE: Record<TaskStatus, BadgeTone> = { todo: 'neutral', in_progress: 'primary', blocked: 'danger', done: 'success' };

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={STATUS_TONE[status]} dot>
      {t(`taskStatuses.${status}`)}
    </Badge>
  );
}
