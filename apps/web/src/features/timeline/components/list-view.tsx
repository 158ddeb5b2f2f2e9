import { fromZonedLocal, toZonedLocal, type Member, type Task, type TaskStatus, type Vendor } from '@rundown/domain';
import { Diamond, Layers } from 'lucide-react';
import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Button } from '../../../components/ui/button';
import { DataTable, type DataTableColumn } from '../../../components/ui/data-table';
import { controlClasses } from '../../../components/ui/input';
import { Select } from '../../../components/ui/select';
import { cn } from '../../../lib/cn';
import { errorMessage } from '../../../lib/errors';
import { useMoveTask } from '../api/move-task';
import { formatDateTimeShort } from '../../../lib/format';
import { TaskStatusBadge } from './task-status-badge';
import { useTaskPatch } from './use-task-patch';
import { statusOptions } from '../utils/task-options';
import { DateTimeInput } from '../../../components/ui/date-time-input';

const PAGE = 200;

export type ListViewProps = {
  orgId: string;
  eventId: string;
  eventName: string;
  tasks: Task[];
  timeZone: string;
  vendors: ReadonlyMap<string, Vendor>;
  members: ReadonlyMap<string, Member>;
  canWrite: boolean;
  onOpenTask: (taskId: string) => void;
  empty: ReactNode;
};

/** Every task in a table: status and dates edit in place (dates move through the API, so dependents follow). */
export function ListView({ orgId, eventId, eventName, tasks, timeZone, vendors, members, canWrite, onOpenTask, empty }: ListViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [limit, setLimit] = useState(PAGE);
  const patch = useTaskPatch(orgId, eventId);
  const move = useMoveTask(orgId, eventId);

  const sorted = useMemo(() => [...tasks].sort((a, b) => Date.parse(a.startAt) - Date.parse(b.startAt) || a.title.localeCompare(b.title)), [tasks]);
  const shown = sorted.slice(0, limit);

  const columns = useMemo<DataTableColumn<Task>[]>(() => {
    const statuses = statusOptions(t);
    const commitDate = (task: Task, field: 'start' | 'end', local: string) => {
      const iso = fromZonedLocal(local, timeZone);
      if (!iso) return;
      const startAt = field === 'start' ? iso : task.startAt;
      const endAt = field === 'end' ? iso : undefined;
      if (field === 'start' && Date.parse(iso) === Date.parse(task.startAt)) return;
      if (field === 'end' && Date.parse(iso) === Date.parse(task.endAt)) return;
      if (endAt && Date.parse(endAt) < Date.parse(startAt)) {
        toast.error(t('timeline.form.endBeforeStart'));
        return;
      }
      move.mutate(
        { taskId: task.id, startAt, endAt },
        {
          onSuccess: (result) => {
            const others = result.shifts.filter((s) => s.taskId !== task.id).length;
            toast.success(others > 0 ? t('timeline.move.applied', { count: others }) : t('timeline.list.saved'));
          },
          onError: (error) => toast.error(errorMessage(t, error)),
        },
      );
    };
    const dateCell = (task: Task, field: 'start' | 'end') => {
      const iso = field === 'start' ? task.startAt : task.endAt;
      if (!canWrite || (field === 'end' && task.kind === 'milestone')) {
        return <span className="whitespace-nowrap tabular-nums">{formatDateTimeShort(iso, timeZone, language)}</span>;
      }
      return (
        <DateCell
          key={`${task.id}-${field}-${iso}`}
          value={toZonedLocal(iso, timeZone)}
          label={t(field === 'start' ? 'timeline.list.startOf' : 'timeline.list.endOf', { title: task.title })}
          onCommit={(local) => commitDate(task, field, local)}
        />
      );
    };
    return [
      {
        id: 'title',
        header: () => t('timeline.columns.title'),
        cell: ({ row }) => {
          const task = row.original;
          return (
            <button
              type="button"
              onClick={() => onOpenTask(task.id)}
              className="flex max-w-[26rem] cursor-pointer items-center gap-1.5 text-left font-medium hover:underline"
              data-testid="task-link"
            >
              {task.kind === 'milestone' ? <Diamond className="size-3 shrink-0 text-warning" aria-hidden /> : null}
              {task.kind === 'phase' ? <Layers className="size-3.5 shrink-0 text-muted-foreground" aria-hidden /> : null}
              <span className="truncate">{task.title}</span>
            </button>
          );
        },
        meta: { className: 'min-w-56', skeleton: 'w-48' },
      },
      {
        id: 'status',
        header: () => t('timeline.columns.status'),
        cell: ({ row }) => {
          const task = row.original;
          if (!canWrite) return <TaskStatusBadge status={task.status} />;
          return (
            <Select<TaskStatus>
              size="sm"
              className="w-48"
              aria-label={t('timeline.list.statusOf', { title: task.title })}
              value={task.status}
              options={statuses}
              onValueChange={(status) => void patch(task, { status }, t('timeline.list.saved'))}
            />
          );
        },
        meta: { className: 'w-52', skeleton: 'w-20' },
      },
      { id: 'start', header: () => t('timeline.columns.start'), cell: ({ row }) => dateCell(row.original, 'start'), meta: { className: 'w-60', skeleton: 'w-28' } },
      { id: 'end', header: () => t('timeline.columns.end'), cell: ({ row }) => dateCell(row.original, 'end'), meta: { className: 'w-60', skeleton: 'w-28' } },
      {
        id: 'vendor',
        header: () => t('timeline.columns.vendor'),
        cell: ({ row }) => {
          const id = row.original.vendorId;
          return <span className="text-muted-foreground">{id ? (vendors.get(id)?.name ?? '—') : '—'}</span>;
        },
        meta: { className: 'hidden lg:table-cell max-w-48 truncate', skeleton: 'w-24' },
      },
      {
        id: 'assignees',
        header: () => t('timeline.columns.assignees'),
        cell: ({ row }) => {
          const names = row.original.assigneeIds.map((id) => members.get(id)?.name ?? t('timeline.drawer.unknownMember'));
          return <span className="text-muted-foreground">{names.length > 0 ? names.join(', ') : '—'}</span>;
        },
        meta: { className: 'hidden xl:table-cell max-w-56 truncate', skeleton: 'w-24' },
      },
      {
        id: 'priority',
        header: () => t('timeline.columns.priority'),
        cell: ({ row }) => (
          <span className={cn('text-muted-foreground', (row.original.priority === 'urgent' || row.original.priority === 'high') && 'font-medium text-foreground')}>
            {t(`taskPriorities.${row.original.priority}`)}
          </span>
        ),
        meta: { className: 'hidden md:table-cell w-24', skeleton: 'w-16' },
      },
    ];
  }, [t, language, timeZone, canWrite, vendors, members, onOpenTask, patch, move]);

  return (
    <div>
      <DataTable
        label={t('timeline.list.label', { event: eventName })}
        columns={columns}
        data={shown}
        getRowId={(task) => task.id}
        empty={empty}
        testId="tasks-table"
      />
      {sorted.length > shown.length ? (
        <div className="flex items-center justify-between gap-3 border-t border-border px-4 py-2.5 text-[12.5px] text-muted-foreground">
          <span>{t('timeline.list.shown', { shown: shown.length, total: sorted.length })}</span>
          <Button variant="secondary" size="sm" onClick={() => setLimit((l) => l + PAGE)}>
            {t('timeline.list.showMore', { count: Math.min(PAGE, sorted.length - shown.length) })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** A date and time edited in place; each part commits on blur or Enter and reverts on Escape. */
function DateCell({ value, label, onCommit }: { value: string; label: string; onCommit: (local: string) => void }) {
  return (
    <DateTimeInput
      aria-label={label}
      value={value}
      onChange={(next) => {
        if (next && next !== value) onCommit(next);
      }}
      className="w-[15rem] flex-nowrap [&_input]:text-[12.5px]"
    />
  );
}
