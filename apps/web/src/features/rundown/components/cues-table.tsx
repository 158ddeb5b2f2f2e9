import type { Cue, Rundown } from '@rundown/domain';
import { GripVertical, MoreHorizontal, Pencil, Trash2 } from 'lucide-react';
import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Button } from '../../../components/ui/button';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from '../../../components/ui/dropdown-menu';
import { formatDuration, formatTime } from '../../../lib/format';
import { cn } from '../../../lib/cn';
import { errorMessage } from '../../../lib/errors';
import { focusWhenSaved } from '../../../lib/focus-when-saved';
import { useMoveCue } from '../api/mutations';

export type CuesTableProps = {
  orgId: string;
  eventId: string;
  day: string;
  rundown: Rundown;
  canWrite: boolean;
  onEdit: (cue: Cue) => void;
  onDelete: (cue: Cue) => void;
};

/**
 * The cue sheet. Not the shared DataTable: rows are reordered in place (Alt+↑/↓ or drag),
 * the live cue is highlighted and the sheet prints on its own — an editor, like the budget grid.
 */
export function CuesTable({ orgId, eventId, day, rundown, canWrite, onEdit, onDelete }: CuesTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const move = useMoveCue({ orgId, eventId, day });
  const tableRef = useRef<HTMLTableElement>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { cues, live } = rundown;
  const currentId = live.startedAt && !live.endedAt ? live.currentCueId : null;

  const moveTo = (cue: Cue, position: number) => {
    if (position < 0 || position >= cues.length || position === cue.position) return;
    const focusHandle = focusWhenSaved(() => tableRef.current?.querySelector<HTMLElement>(`[data-cue-handle="${cue.id}"]`));
    // mutateAsync: each press gets its own outcome (mutate's callbacks run only for the latest call).
    move.mutateAsync({ cueId: cue.id, position }).then(
      () => {
        setAnnouncement(t('rundown.moved', { title: cue.title, position: position + 1 }));
        focusHandle();
      },
      (error) => toast.error(errorMessage(t, error)),
    );
  };

  const onRowKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, cue: Cue) => {
    if (!canWrite || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    moveTo(cue, cue.position + (e.key === 'ArrowUp' ? -1 : 1));
  };

  const onDrop = (e: DragEvent<HTMLTableRowElement>, index: number) => {
    e.preventDefault();
    const id = e.dataTransfer.getData('application/x-rundown-cue');
    setDragId(null);
    setDropIndex(null);
    const cue = cues.find((c) => c.id === id);
    if (cue) moveTo(cue, index);
  };

  const head = 'h-8 px-2 text-left text-[11.5px] font-medium whitespace-nowrap text-muted-foreground first:pl-3';
  const cell = 'px-2 py-2 align-top first:pl-3';
  const clamp = (text: string | null) =>
    text ? (
      <span data-clamp className="line-clamp-3 whitespace-pre-wrap">
        {text}
      </span>
    ) : (
      <span className="text-muted-foreground/60">—</span>
    );

  return (
    <div className="rundown-scroll overflow-x-auto">
      <span className="sr-only" aria-live="polite">
        {announcement}
      </span>
      <table ref={tableRef} aria-label={t('rundown.tableLabel', { day })} className="w-full min-w-[1000px] border-collapse text-[13px]" data-testid="cues-table">
        <thead>
          <tr className="border-b border-border bg-surface-2/60">
            {canWrite ? <th className={cn(head, 'w-8')} data-print-hide><span className="sr-only">{t('rundown.moveHint')}</span></th> : null}
            <th className={cn(head, 'w-8 text-right')}>{t('rundown.columns.position')}</th>
            <th className={cn(head, 'w-16')}>{t('rundown.columns.start')}</th>
            <th className={cn(head, 'w-20')}>{t('rundown.columns.duration')}</th>
            <th className={cn(head, 'min-w-44')}>{t('rundown.columns.title')}</th>
            <th className={cn(head, 'w-40')}>{t('rundown.columns.owner')}</th>
            <th className={cn(head, 'min-w-32')}>{t('rundown.columns.notes')}</th>
            <th className={cn(head, 'min-w-48')}>{t('rundown.columns.script')}</th>
            <th className={cn(head, 'min-w-28')}>{t('rundown.columns.audio')}</th>
            <th className={cn(head, 'min-w-28')}>{t('rundown.columns.video')}</th>
            <th className={cn(head, 'min-w-28')}>{t('rundown.columns.lights')}</th>
            {canWrite ? <th className={cn(head, 'w-10')} data-print-hide><span className="sr-only">{t('common.actions')}</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {cues.map((cue, index) => {
            const isCurrent = cue.id === currentId;
            return (
              <tr
                key={cue.id}
                data-testid="cue-row"
                data-cue-id={cue.id}
                aria-current={isCurrent ? 'true' : undefined}
                onKeyDown={(e) => onRowKeyDown(e, cue)}
                onDoubleClick={() => canWrite && onEdit(cue)}
                onDragOver={(e) => {
                  if (!dragId) return;
                  e.preventDefault();
                  e.dataTransfer.dropEffect = 'move';
                  if (dropIndex !== index) setDropIndex(index);
                }}
                onDrop={(e) => onDrop(e, index)}
                className={cn(
                  'border-b border-border/70 transition-colors hover:bg-muted/40',
                  isCurrent && 'bg-danger/8 shadow-[inset_3px_0_0_var(--danger)]',
                  dragId === cue.id && 'opacity-50',
                  dropIndex === index && dragId !== cue.id && 'shadow-[inset_0_2px_0_var(--primary)]',
                )}
              >
                {canWrite ? (
                  <td className={cn(cell, 'pr-0')} data-print-hide>
                    <button
                      type="button"
                      draggable
                      data-cue-handle={cue.id}
                      aria-label={t('rundown.reorder', { title: cue.title })}
                      aria-describedby="rundown-move-hint"
                      onDragStart={(e) => {
                        e.dataTransfer.setData('application/x-rundown-cue', cue.id);
                        e.dataTransfer.effectAllowed = 'move';
                        const row = e.currentTarget.closest('tr');
                        if (row) e.dataTransfer.setDragImage(row, 16, 16);
                        setDragId(cue.id);
                      }}
                      onDragEnd={() => {
                        setDragId(null);
                        setDropIndex(null);
                      }}
                      className="-ml-1 inline-flex size-6 cursor-grab items-center justify-center rounded text-muted-foreground hover:bg-muted hover:text-foreground active:cursor-grabbing"
                    >
                      <GripVertical className="size-4" aria-hidden />
                    </button>
                  </td>
                ) : null}
                <td className={cn(cell, 'text-right text-muted-foreground tabular-nums')}>{index + 1}</td>
                <td className={cn(cell, 'font-mono text-[12.5px] font-medium tabular-nums')} data-testid="cue-start">
                  {formatTime(cue.plannedStart, rundown.timeZone, language)}
                </td>
                <td className={cn(cell, 'text-[12.5px] whitespace-nowrap text-muted-foreground tabular-nums')}>{formatDuration(cue.durationSeconds, language, { seconds: true })}</td>
                <td className={cn(cell, 'font-medium')}>
                  {canWrite ? (
                    <button type="button" onClick={() => onEdit(cue)} className="cursor-pointer text-left hover:underline" aria-label={t('rundown.editCue', { title: cue.title })}>
                      {cue.title}
                    </button>
                  ) : (
                    cue.title
                  )}
                </td>
                <td className={cell}>
                  {cue.owner ?? (cue.assigneeName ? null : <span className="text-muted-foreground/60">—</span>)}
                  {cue.assigneeName ? <span className="block text-[12px] text-muted-foreground" data-testid="cue-assignee">{cue.assigneeName}</span> : null}
                </td>
                <td className={cn(cell, 'text-muted-foreground')}>{clamp(cue.notes)}</td>
                <td className={cell}>{clamp(cue.script)}</td>
                <td className={cn(cell, 'text-muted-foreground')}>{clamp(cue.audio)}</td>
                <td className={cn(cell, 'text-muted-foreground')}>{clamp(cue.video)}</td>
                <td className={cn(cell, 'text-muted-foreground')}>{clamp(cue.lights)}</td>
                {canWrite ? (
                  <td className={cn(cell, 'text-right')} data-print-hide>
                    <DropdownMenu>
                      <DropdownMenuTrigger asChild>
                        <Button variant="ghost" size="icon-sm" aria-label={t('rundown.editCue', { title: cue.title })}>
                          <MoreHorizontal aria-hidden />
                        </Button>
                      </DropdownMenuTrigger>
                      <DropdownMenuContent align="end">
                        <DropdownMenuItem onSelect={() => onEdit(cue)}>
                          <Pencil aria-hidden />
                          {t('common.edit')}
                        </DropdownMenuItem>
                        <DropdownMenuItem tone="danger" onSelect={() => onDelete(cue)}>
                          <Trash2 aria-hidden />
                          {t('common.delete')}
                        </DropdownMenuItem>
                      </DropdownMenuContent>
                    </DropdownMenu>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      {canWrite && cues.length > 1 ? (
        <p id="rundown-move-hint" className="px-3 py-2 text-[12px] text-muted-foreground" data-print-hide>
          {t('rundown.moveHint')}
        </p>
      ) : null}
    </div>
  );
}
