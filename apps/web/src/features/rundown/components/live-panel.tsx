import { liveStatus, type Rundown } from '@rundown/domain';
import { ChevronLeft, ChevronRight, MoreHorizontal, Play, RotateCcw, Square } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from '../../../components/ui/dropdown-menu';
import { formatTime } from '../../../lib/format';
import { cn } from '../../../lib/cn';
import { errorMessage } from '../../../lib/errors';
import type { StreamState } from '../api/live-stream';
import { useControlLive, type LiveAction } from '../api/mutations';
import { describeDrift, formatCountdown } from '../utils/live-format';
import { useNow } from '../utils/use-now';

export type LivePanelProps = {
  orgId: string;
  eventId: string;
  day: string;
  rundown: Rundown;
  /** Server clock minus ours, so every screen counts the same second. */
  offsetMs: number;
  stream: StreamState;
  canControl: boolean;
};

/**
 * What is on now, what is next, the countdown of the current cue and how far the show runs
 * behind or ahead — ticking locally with the server's clock, refreshed by the live stream.
 */
export function LivePanel({ orgId, eventId, day, rundown, offsetMs, stream, canControl }: LivePanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const control = useControlLive({ orgId, eventId, day });
  const [confirmReset, setConfirmReset] = useState(false);
  const { live, cues } = rundown;
  const started = Boolean(live.startedAt && !live.endedAt);
  const running = started && Boolean(live.currentCueId);
  const now = useNow(running) + offsetMs;
  const status = liveStatus(cues, live, now);
  const current = status.currentIndex !== null ? cues[status.currentIndex] : undefined;
  const next = status.nextIndex !== null ? cues[status.nextIndex] : undefined;
  const countdown = status.remainingSeconds !== null ? formatCountdown(status.remainingSeconds) : null;
  const drift = describeDrift(status.driftSeconds);

  const act = (action: LiveAction) =>
    control.mutate(action, { onError: (error) => toast.error(errorMessage(t, error)), onSuccess: () => setConfirmReset(false) });

  return (
    <section
      aria-label={t('rundown.live.title')}
      data-testid="live-panel"
      data-print-hide
      className={cn('rounded-xl border bg-surface shadow-xs', running ? 'border-danger/50' : 'border-border')}
    >
      <div className="flex flex-wrap items-center gap-2 border-b border-border px-4 py-2.5">
        <span className={cn('inline-flex items-center gap-1.5 text-[12.5px] font-semibold tracking-wide uppercase', running ? 'text-danger' : 'text-muted-foreground')}>
          <span className={cn('size-2 rounded-full', running ? 'animate-pulse bg-danger' : 'bg-muted-foreground/50')} aria-hidden />
          {t('rundown.live.title')}
        </span>
        <span className="text-[12px] text-muted-foreground" data-testid="stream-state" data-state={stream}>
          · {t(`rundown.live.stream.${stream}`)}
        </span>
        <span className="flex-1" />
        {running ? (
          <span
            data-testid="live-drift"
            data-kind={drift.kind}
            className={cn(
              'rounded-full px-2.5 py-0.5 text-[12.5px] font-semibold tabular-nums',
              drift.kind === 'behind' && 'bg-danger/12 text-danger',
              drift.kind === 'ahead' && 'bg-success/12 text-success',
              drift.kind === 'onTime' && 'bg-muted text-muted-foreground',
            )}
          >
            {drift.kind === 'onTime' ? t('rundown.live.onTime') : t(`rundown.live.${drift.kind}`, { amount: drift.amount })}
          </span>
        ) : null}
      </div>

      <div className="grid gap-4 px-4 py-4 md:grid-cols-[minmax(0,1fr)_auto]">
        <div className="grid min-w-0 gap-4 sm:grid-cols-2" aria-live="polite">
          <div className="min-w-0">
            <p className="text-[11.5px] font-semibold tracking-wide text-muted-foreground uppercase">{t('rundown.live.now')}</p>
            {running && current ? (
              <>
                <p className="mt-1 truncate text-[20px] font-semibold tracking-tight" data-testid="live-current">
                  {current.title}
                </p>
                <p className="mt-0.5 text-[12px] text-muted-foreground tabular-nums">
                  {t('rundown.live.plannedAt', { time: formatTime(current.plannedStart, rundown.timeZone, language) })}
                  {live.currentCueStartedAt ? ` · ${t('rundown.live.startedAt', { time: formatTime(live.currentCueStartedAt, rundown.timeZone, language) })}` : ''}
                </p>
              </>
            ) : (
              <p className="mt-1 text-[15px] text-muted-foreground" data-testid="live-current-empty">
                {live.endedAt ? t('rundown.live.ended') : t('rundown.live.notStarted')}
              </p>
            )}
          </div>
          <div className="min-w-0">
            <p className="text-[11.5px] font-semibold tracking-wide text-muted-foreground uppercase">{t('rundown.live.next')}</p>
            <p className="mt-1 truncate text-[15px] font-medium" data-testid="live-next">
              {running ? (next?.title ?? <span className="text-muted-foreground">{t('rundown.live.nothingNext')}</span>) : (cues[0]?.title ?? '—')}
            </p>
            {running && next ? (
              <p className="mt-0.5 text-[12px] text-muted-foreground tabular-nums">{t('rundown.live.plannedAt', { time: formatTime(next.plannedStart, rundown.timeZone, language) })}</p>
            ) : null}
          </div>
        </div>
        {running && countdown ? (
          <div className="flex flex-col items-start md:items-end">
            <p className="text-[11.5px] font-semibold tracking-wide text-muted-foreground uppercase">{countdown.overrun ? t('rundown.live.overrun') : t('rundown.live.remaining')}</p>
            <p
              className={cn('font-mono text-[40px] leading-none font-semibold tabular-nums', countdown.overrun ? 'text-danger' : 'text-foreground')}
              data-testid="live-countdown"
              role="timer"
              aria-live="off"
            >
              {countdown.text}
            </p>
          </div>
        ) : null}
      </div>

      {canControl ? (
        <div className="flex flex-wrap items-center gap-2 border-t border-border px-4 py-2.5" role="toolbar" aria-label={t('rundown.live.controls')}>
          {!started ? (
            <Button onClick={() => act('start')} loading={control.isPending && control.variables === 'start'} disabled={cues.length === 0} data-testid="live-start">
              <Play aria-hidden />
              {t('rundown.live.start')}
            </Button>
          ) : (
            <>
              <Button variant="secondary" onClick={() => act('previous')} disabled={control.isPending || !running || status.currentIndex === 0} data-testid="live-previous">
                <ChevronLeft aria-hidden />
                {t('rundown.live.previous')}
              </Button>
              <Button onClick={() => act('next')} disabled={control.isPending || !running} data-testid="live-next-button">
                {t('rundown.live.nextCue')}
                <ChevronRight aria-hidden />
              </Button>
              <Button variant="secondary" onClick={() => act('stop')} disabled={control.isPending} data-testid="live-stop">
                <Square aria-hidden />
                {t('rundown.live.stop')}
              </Button>
            </>
          )}
          <span className="flex-1" />
          {live.startedAt ? (
            <DropdownMenu>
              <DropdownMenuTrigger asChild>
                <Button variant="ghost" size="icon" aria-label={t('common.actions')}>
                  <MoreHorizontal aria-hidden />
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent align="end">
                <DropdownMenuItem onSelect={() => setConfirmReset(true)}>
                  <RotateCcw aria-hidden />
                  {t('rundown.live.reset')}
                </DropdownMenuItem>
              </DropdownMenuContent>
            </DropdownMenu>
          ) : null}
        </div>
      ) : null}
      <ConfirmDialog
        open={confirmReset}
        onOpenChange={setConfirmReset}
        title={t('rundown.live.resetTitle')}
        description={t('rundown.live.resetBody')}
        confirmLabel={t('rundown.live.reset')}
        pending={control.isPending}
        onConfirm={() => act('reset')}
      />
    </section>
  );
}
