import { TASK_STATUSES, type Member, type Task, type TaskStatus, type Vendor } from '@rundown/domain';
import { Diamond, MoreHorizontal } from 'lucide-react';
import { useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from '../../../components/ui/dropdown-menu';
import { initialsFor } from '../utils/initials';
import { cn } from '../../../lib/cn';
import { focusWhenSaved } from '../../../lib/focus-when-saved';
import { formatDateTimeShort } from '../../../lib/format';
import { STATUS_TONE } from './task-status-badge';
import { useTaskPatch } from './use-task-patch';

const PAGE = 60;
const DOT: Record<string, string> = { neutral: 'bg-muted-foreground', primary: 'bg-primary', danger: 'bg-danger', success: 'bg-success' };

export type BoardViewProps = {
  orgId: string;
  eventId: string;
  eventName: string;
  tasks: Task[];
  timeZone: string;
  vendors: ReadonlyMap<string, Vendor>;
  members: ReadonlyMap<string, Member>;
  canWrite: boolean;
  onOpenTask: (taskId: string) => void;
};

/**
 * Columns by status. Cards move by drag and drop, by Shift+Left/Right on a focused card, or
 * through the card's menu; arrows move the focus between cards and columns.
 */
export function BoardView({ orgId, eventId, eventName, tasks, timeZone, vendors, members, canWrite, onOpenTask }: BoardViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const patch = useTaskPatch(orgId, eventId);
  const [limits, setLimits] = useState<Record<TaskStatus, number>>({ todo: PAGE, in_progress: PAGE, blocked: PAGE, done: PAGE });
  const [dropTarget, setDropTarget] = useState<TaskStatus | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);

  const columns = useMemo(() => {
    const out: Record<TaskStatus, Task[]> = { todo: [], in_progress: [], blocked: [], done: [] };
    for (const task of tasks) out[task.status].push(task);
    for (const list of Object.values(out)) list.sort((a, b) => Date.parse(a.startAt) - Date.parse(b.startAt) || a.title.localeCompare(b.title));
    return out;
  }, [tasks]);

  const moveTo = async (task: Task, status: TaskStatus, refocus: boolean) => {
    if (task.status === status) return;
    const focusMoved = focusWhenSaved(() => boardRef.current?.querySelector<HTMLElement>(`[data-card-id="${task.id}"]`));
    const ok = await patch(task, { status }, t('timeline.board.moved', { title: task.title, status: t(`taskStatuses.${status}`) }));
    if (ok && refocus) focusMoved();
  };

  const focusCard = (column: number, index: number) => {
    const status = TASK_STATUSES[Math.max(0, Math.min(TASK_STATUSES.length - 1, column))]!;
    const cards = boardRef.current?.querySelectorAll<HTMLElement>(`[data-column="${status}"] [data-card-id]`);
    if (!cards || cards.length === 0) return;
    cards[Math.max(0, Math.min(cards.length - 1, index))]!.focus();
  };

  const onCardKeyDown = (e: KeyboardEvent<HTMLElement>, task: Task, column: number, index: number) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpenTask(task.id);
    } else if ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && e.shiftKey && canWrite) {
      e.preventDefault();
      const next = TASK_STATUSES[column + (e.key === 'ArrowRight' ? 1 : -1)];
      if (next) void moveTo(task, next, true);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      focusCard(column + (e.key === 'ArrowRight' ? 1 : -1), index);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusCard(column, index + (e.key === 'ArrowDown' ? 1 : -1));
    }
  };

  const onDrop = (e: DragEvent<HTMLElement>, status: TaskStatus) => {
    e.preventDefault();
    setDropTarget(null);
    const id = e.dataTransfer.getData('application/x-rundown-task');
    const task = tasks.find((x) => x.id === id);
    if (task) void moveTo(task, status, false);
  };

  return (
    <div ref={boardRef} className="flex flex-col gap-2" aria-label={t('timeline.board.label', { event: eventName })} role="region">
      {canWrite ? <p className="text-[12px] text-muted-foreground">{t('timeline.board.hint')}</p> : null}
      <div className="grid gap-3 overflow-x-auto pb-2 md:grid-cols-2 xl:grid-cols-4">
        {TASK_STATUSES.map((status, column) => {
          const list = columns[status];
          const shown = list.slice(0, limits[status]);
          return (
            <section
              key={status}
              data-column={status}
              data-testid={`board-column-${status}`}
              aria-label={t('timeline.board.column', { status: t(`taskStatuses.${status}`), count: list.length })}
              onDragOver={(e) => {
                if (!canWrite) return;
                e.preventDefault();
                e.dataTransfer.dropEffect = 'move';
                if (dropTarget !== status) setDropTarget(status);
              }}
              onDragLeave={(e) => {
                if (!e.currentTarget.contains(e.relatedTarget as Node)) setDropTarget(null);
              }}
              onDrop={(e) => onDrop(e, status)}
              className={cn(
                'flex min-h-40 min-w-64 flex-col rounded-xl border border-border bg-surface-2/60 transition-colors',
                dropTarget === status && 'border-primary bg-accent/60',
              )}
            >
              <header className="flex items-center gap-2 px-3 pt-3 pb-2">
                <span className={cn('size-2 rounded-full', DOT[STATUS_TONE[status]])} aria-hidden />
                <h3 className="text-[13px] font-semibold">{t(`taskStatuses.${status}`)}</h3>
                <span className="text-[12px] text-muted-foreground tabular-nums">{list.length}</span>
              </header>
              <ul className="flex flex-1 flex-col gap-2 px-2 pb-2">
                {shown.length === 0 ? <li className="px-2 py-6 text-center text-[12.5px] text-muted-foreground">{t('timeline.board.empty')}</li> : null}
                {shown.map((task, index) => {
                  const vendor = task.vendorId ? vendors.get(task.vendorId) : undefined;
                  return (
                    <li key={task.id}>
                      <div
                        role="button"
                        tabIndex={0}
                        data-card-id={task.id}
                        data-testid="board-card"
                        draggable={canWrite}
                        onDragStart={(e) => {
                          e.dataTransfer.setData('application/x-rundown-task', task.id);
                          e.dataTransfer.effectAllowed = 'move';
                        }}
                        onKeyDown={(e) => onCardKeyDown(e, task, column, index)}
                        onClick={(e) => {
                          if ((e.target as HTMLElement).closest('[data-card-menu]')) return;
                          onOpenTask(task.id);
                        }}
                        className="group flex cursor-pointer flex-col gap-1.5 rounded-lg border border-border bg-surface p-2.5 text-left shadow-xs outline-none hover:border-muted-foreground/40 focus-visible:ring-2 focus-visible:ring-ring"
                      >
                        <div className="flex items-start gap-1.5">
                          {task.kind === 'milestone' ? <Diamond className="mt-0.5 size-3 shrink-0 text-warning" aria-hidden /> : null}
                          <span className="min-w-0 flex-1 text-[13px] leading-snug font-medium">{task.title}</span>
                          {canWrite ? (
                            <span data-card-menu>
                              <DropdownMenu>
                                <DropdownMenuTrigger asChild>
                                  <Button
                                    variant="ghost"
                                    size="icon-sm"
                                    tabIndex={-1}
                                    className="-mt-1 -mr-1 size-6 opacity-60 group-hover:opacity-100"
                                    aria-label={t('timeline.board.cardActions', { title: task.title })}
                                  >
                                    <MoreHorizontal aria-hidden />
                                  </Button>
                                </DropdownMenuTrigger>
                                <DropdownMenuContent align="end">
                                  {TASK_STATUSES.filter((s) => s !== task.status).map((s) => (
                                    <DropdownMenuItem key={s} onSelect={() => void moveTo(task, s, true)}>
                                      {t('timeline.board.moveTo', { status: t(`taskStatuses.${s}`) })}
                                    </DropdownMenuItem>
                                  ))}
                                </DropdownMenuContent>
                              </DropdownMenu>
                            </span>
                          ) : null}
                        </div>
                        <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-[11.5px] text-muted-foreground tabular-nums">
                          <span>{formatDateTimeShort(task.startAt, timeZone, language)}</span>
                          {vendor ? <span className="truncate">· {vendor.name}</span> : null}
                          {task.priority === 'urgent' || task.priority === 'high' ? (
                            <span className={cn('font-medium', task.priority === 'urgent' ? 'text-danger' : 'text-foreground')}>
                              · {t(`taskPriorities.${task.priority}`)}
                            </span>
                          ) : null}
                          {task.assigneeIds.length > 0 ? (
                            <span className="ml-auto flex -space-x-1">
                              {task.assigneeIds.slice(0, 3).map((id) => (
                                <span
                                  key={id}
                                  title={members.get(id)?.name}
                                  className="flex size-5 items-center justify-center rounded-full bg-primary text-[9.5px] font-semibold text-primary-foreground ring-2 ring-surface"
                                >
                                  {initialsFor(members.get(id)?.name)}
                                </span>
                              ))}
                            </span>
                          ) : null}
                        </div>
                      </div>
                    </li>
                  );
                })}
                {list.length > shown.length ? (
                  <li>
                    <Button variant="ghost" size="sm" className="w-full" onClick={() => setLimits((l) => ({ ...l, [status]: l[status] + PAGE }))}>
                      {t('timeline.board.showMore', { count: Math.min(PAGE, list.length - shown.length) })}
                    </Button>
                  </li>
                ) : null}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
