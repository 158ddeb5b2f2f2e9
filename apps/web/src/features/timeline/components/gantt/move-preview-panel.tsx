import type { Task } from '@rundown/domain';
import { ArrowRight, Loader2 } from 'lucide-react';
import { useEffect, useMemo, useState, type MutableRefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Button } from '../../../../components/ui/button';
import { errorMessage } from '../../../../lib/errors';
import { moveTask, useMoveTask, type MoveShift } from '../../api/move-task';
import type { MoveDraft } from '../../utils/keyboard-move';
import type { PlannedShift } from '../../utils/move-preview';
import { formatDateTimeShort } from '../../../../lib/format';

export type MovePreviewPanelProps = {
  orgId: string;
  eventId: string;
  task: Task;
  draft: MoveDraft;
  /** Computed in the browser: the moving task and its dependents. */
  shifts: PlannedShift[];
  timeZone: string;
  /** Lets the focused bar apply with Enter. */
  applyRef: MutableRefObject<(() => void) | null>;
  onDone: (focusBack: boolean) => void;
  onCancel: () => void;
};

const SHOWN = 6;

/**
 * The pending move: new dates, which dependents shift (the browser's instant answer, then
 * the API's preview for the same move), and Apply / Cancel. Nothing is saved before Apply.
 */
export function MovePreviewPanel({ orgId, eventId, task, draft, shifts, timeZone, applyRef, onDone, onCancel }: MovePreviewPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const move = useMoveTask(orgId, eventId);
  const [server, setServer] = useState<{ key: string; shifts: MoveShift[] } | null>(null);
  const resized = draft.end - draft.start !== draft.fromEnd - draft.fromStart;
  const request = useMemo(
    () => ({
      taskId: draft.taskId,
      startAt: new Date(draft.start).toISOString(),
      endAt: resized ? new Date(draft.end).toISOString() : undefined,
    }),
    [draft.taskId, draft.start, draft.end, resized],
  );
  const key = `${request.taskId}|${request.startAt}|${request.endAt ?? ''}`;

  // Ask the API for the same preview (debounced while keys are held down).
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      moveTask(orgId, eventId, request, true, controller.signal).then(
        (result) => setServer({ key, shifts: result.shifts }),
        () => undefined,
      );
    }, 180);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [orgId, eventId, request, key]);

  const checking = server?.key !== key;
  const localDependents = shifts.filter((s) => s.taskId !== draft.taskId);
  const serverDependents = !checking ? server!.shifts.filter((s) => s.taskId !== draft.taskId) : null;
  const differs =
    serverDependents !== null &&
    (serverDependents.length !== localDependents.length ||
      serverDependents.some((s) => localDependents.find((l) => l.taskId === s.taskId)?.toStart !== Date.parse(s.toStart)));
  const list = differs && serverDependents
    ? serverDependents.map((s) => ({ taskId: s.taskId, title: s.title, fromStart: Date.parse(s.fromStart), toStart: Date.parse(s.toStart) }))
    : localDependents;

  const apply = () => {
    if (move.isPending) return;
    move.mutate(request, {
      onSuccess: (result) => {
        const others = result.shifts.filter((s) => s.taskId !== draft.taskId).length;
        toast.success(others > 0 ? t('timeline.move.applied', { count: others }) : t('timeline.move.appliedAlone'));
        onDone(true);
      },
      onError: (error) => toast.error(t('timeline.move.failed', { reason: errorMessage(t, error) })),
    });
  };
  applyRef.current = apply;
  useEffect(() => () => void (applyRef.current = null), [applyRef]);

  return (
    <div
      role="region"
      aria-label={resized ? t('timeline.move.resizeTitle', { title: task.title }) : t('timeline.move.moveTitle', { title: task.title })}
      data-testid="move-preview"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
      className="absolute right-3 bottom-3 left-3 z-40 mx-auto flex max-w-xl animate-in flex-col gap-2 rounded-xl border border-border bg-surface p-3 shadow-2xl sm:left-auto"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="truncate text-[13px] font-semibold">
            {resized ? t('timeline.move.resizeTitle', { title: task.title }) : t('timeline.move.moveTitle', { title: task.title })}
          </p>
          <p className="mt-0.5 flex flex-wrap items-center gap-1.5 text-[12.5px] text-muted-foreground tabular-nums">
            <span className="line-through decoration-muted-foreground/50">
              {formatDateTimeShort(draft.fromStart, timeZone, language)} – {formatDateTimeShort(draft.fromEnd, timeZone, language)}
            </span>
            <ArrowRight className="size-3" aria-hidden />
            <span className="font-medium text-foreground" data-testid="move-preview-dates">
              {formatDateTimeShort(draft.start, timeZone, language)} – {formatDateTimeShort(draft.end, timeZone, language)}
            </span>
          </p>
        </div>
        <div className="flex shrink-0 gap-1.5">
          <Button variant="secondary" size="sm" onClick={onCancel}>
            {t('timeline.move.cancel')}
          </Button>
          <Button size="sm" onClick={apply} loading={move.isPending} data-testid="apply-move">
            {t('timeline.move.apply')}
          </Button>
        </div>
      </div>
      <div aria-live="polite" className="text-[12.5px]">
        <p className="font-medium" data-testid="move-preview-count">
          {list.length > 0 ? t('timeline.move.shifts', { count: list.length }) : t('timeline.move.noShifts')}
          {checking ? (
            <span className="ml-2 inline-flex items-center gap-1 font-normal text-muted-foreground">
              <Loader2 className="size-3 animate-spin" aria-hidden />
              {t('timeline.move.checking')}
            </span>
          ) : null}
        </p>
        {differs ? <p className="mt-1 text-warning">{t('timeline.move.serverDiffers')}</p> : null}
        {list.length > 0 ? (
          <ul className="mt-1.5 flex max-h-32 flex-col gap-0.5 overflow-y-auto">
            {list.slice(0, SHOWN).map((s) => (
              <li key={s.taskId} className="flex items-center gap-1.5 text-muted-foreground tabular-nums">
                <span className="min-w-0 truncate text-foreground">{s.title}</span>
                <span className="shrink-0">{formatDateTimeShort(s.fromStart, timeZone, language)}</span>
                <ArrowRight className="size-3 shrink-0" aria-hidden />
                <span className="shrink-0 text-foreground">{formatDateTimeShort(s.toStart, timeZone, language)}</span>
              </li>
            ))}
            {list.length > SHOWN ? <li className="text-muted-foreground">+{list.length - SHOWN}</li> : null}
          </ul>
        ) : null}
        <p className="mt-1.5 text-[11.5px] text-muted-foreground">{t('timeline.move.hint')}</p>
      </div>
    </div>
  );
}
