import { TASK_STATUSES, vendorTaskSchema, type TaskStatus, type VendorTask } from '@rundown/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Building2, CalendarClock, ClipboardList, Loader2, MapPin, MessageSquare, Send } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { Textarea } from '../../../components/ui/input';
import { PageHeader } from '../../../components/ui/page-header';
import { Select } from '../../../components/ui/select';
import { Skeleton } from '../../../components/ui/skeleton';
import { isApiError } from '../../../lib/api-client';
import { cn } from '../../../lib/cn';
import { errorMessage } from '../../../lib/errors';
import { formatDateRange, formatDateTime, timeZoneShortName } from '../../../lib/format';
import { useCommentOnMyTask, useMyTaskComments } from '../api/comments';
import { portalKeys } from '../api/keys';
import { storeMyTask, useMyTasks } from '../api/my-tasks';
import { useToggleChecklist } from '../api/toggle-checklist';
import { useUpdateMyTask } from '../api/update-my-task';
import { attachmentUrl, useUploadToMyTask } from '../api/upload';
import { AttachmentItem, AttachmentUpload } from './attachment-parts';

export type MyTasksPageProps = {
  status: TaskStatus | undefined;
  onStatusChange: (status: TaskStatus | undefined) => void;
};

const TONE = { todo: 'neutral', in_progress: 'primary', blocked: 'danger', done: 'success' } as const;

/**
 * The vendor portal: tasks assigned to the user's vendor companies across organizations —
 * status, checklist, files and comments, and nothing else of the organizations.
 */
export function MyTasksPage({ status, onStatusChange }: MyTasksPageProps) {
  const { t } = useTranslation();
  const query = useMyTasks(status);
  const tasks = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);

  return (
    <div className="mx-auto flex max-w-4xl flex-col">
      <PageHeader title={t('portal.title')} description={t('portal.subtitle')} />
      <div role="radiogroup" aria-label={t('portal.filterLabel')} className="mb-4 flex flex-wrap gap-1.5">
        {[undefined, ...TASK_STATUSES].map((s) => (
          <button
            key={s ?? 'all'}
            type="button"
            role="radio"
            aria-checked={status === s}
            onClick={() => onStatusChange(s)}
            className={cn(
              'h-7 cursor-pointer rounded-full border border-border px-3 text-[12.5px] font-medium transition-colors',
              status === s ? 'border-foreground bg-foreground text-background' : 'bg-surface text-muted-foreground hover:text-foreground',
            )}
          >
            {s ? t(`taskStatuses.${s}`) : t('portal.all')}
          </button>
        ))}
      </div>

      {query.isPending ? (
        <div className="flex flex-col gap-3" aria-busy="true" aria-label={t('common.loading')}>
          {[0, 1, 2].map((i) => (
            <Card key={i} className="flex flex-col gap-3 p-5">
              <Skeleton className="h-3.5 w-40" />
              <Skeleton className="h-5 w-72" />
              <Skeleton className="h-3.5 w-56" />
            </Card>
          ))}
        </div>
      ) : query.isError ? (
        <Alert
          action={
            <Button size="sm" variant="secondary" onClick={() => void query.refetch()}>
              {t('common.retry')}
            </Button>
          }
        >
          {`${t('portal.loadError')} ${errorMessage(t, query.error)}`}
        </Alert>
      ) : tasks.length === 0 ? (
        <Card>
          {status ? (
            <p className="px-4 py-10 text-center text-muted-foreground">{t('portal.emptyFiltered')}</p>
          ) : (
            <EmptyState icon={ClipboardList} title={t('portal.empty.title')} body={t('portal.empty.body')} />
          )}
        </Card>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="my-tasks">
          {tasks.map((task) => (
            <li key={task.id}>
              <TaskCard task={task} />
            </li>
          ))}
        </ul>
      )}
      {query.hasNextPage ? (
        <div className="mt-4 flex justify-center">
          <Button variant="secondary" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {t('portal.loadMore')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function TaskCard({ task }: { task: VendorTask }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const queryClient = useQueryClient();
  const update = useUpdateMyTask();
  const toggle = useToggleChecklist();
  const [commentsOpen, setCommentsOpen] = useState(false);
  const done = task.checklist.filter((c) => c.done).length;

  const setStatus = (next: TaskStatus) => {
    if (next === task.status) return;
    update.mutate(
      { task, status: next },
      {
        onSuccess: (saved) => toast.success(t('portal.statusSaved', { title: saved.title, status: t(`taskStatuses.${saved.status}`) })),
        onError: (error) => {
          if (isApiError(error) && error.status === 412) {
            const current = vendorTaskSchema.safeParse(error.current);
            if (current.success) storeMyTask(queryClient, current.data);
            else void queryClient.invalidateQueries({ queryKey: portalKeys.all });
            toast.error(t('portal.conflict'));
          } else {
            toast.error(errorMessage(t, error));
          }
        },
      },
    );
  };

  return (
    <Card className="overflow-hidden" data-testid="my-task" data-task-id={task.id}>
      <div className="flex flex-col gap-3 px-5 py-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="flex min-w-0 flex-col gap-1">
            <p className="text-[12px] text-muted-foreground">
              <Building2 className="mr-1.5 inline size-3.5 align-[-2px]" aria-hidden />
              {t('portal.from', { organization: task.organizationName, event: task.eventName })} · {t('portal.forVendor', { vendor: task.vendorName })}
            </p>
            <h2 className="text-[15px] font-semibold">{task.title}</h2>
          </div>
          <div className="flex items-center gap-2">
            {task.priority === 'urgent' || task.priority === 'high' ? <Badge tone={task.priority === 'urgent' ? 'danger' : 'warning'}>{t(`taskPriorities.${task.priority}`)}</Badge> : null}
            <Select<TaskStatus>
              className="w-48"
              aria-label={t('portal.statusOf', { title: task.title })}
              data-testid="my-task-status"
              value={task.status}
              disabled={update.isPending}
              onValueChange={setStatus}
              options={TASK_STATUSES.map((s) => ({ value: s, label: <span className="inline-flex items-center gap-1.5"><span className={cn('size-1.5 rounded-full', { neutral: 'bg-muted-foreground', primary: 'bg-primary', danger: 'bg-danger', success: 'bg-success' }[TONE[s]])} aria-hidden />{t(`taskStatuses.${s}`)}</span> }))}
            />
          </div>
        </div>
        <dl className="grid gap-2 text-[13px] sm:grid-cols-2">
          <div className="flex items-start gap-2">
            <CalendarClock className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
            <div>
              <dt className="sr-only">{t('portal.when')}</dt>
              <dd className="tabular-nums">
                {formatDateRange(task.startAt, task.endAt, task.eventTimeZone, language)}
                <span className="ml-1.5 text-[12px] text-muted-foreground">{timeZoneShortName(task.startAt, task.eventTimeZone, language)}</span>
              </dd>
            </div>
          </div>
          {task.location || task.eventVenue ? (
            <div className="flex items-start gap-2">
              <MapPin className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
              <div>
                <dt className="sr-only">{t('portal.where')}</dt>
                <dd>{[task.location, task.eventVenue].filter(Boolean).join(' · ')}</dd>
              </div>
            </div>
          ) : null}
        </dl>
        {task.place ? (
          <dl className="grid gap-2 rounded-lg border border-border bg-muted/40 px-3 py-2.5 text-[13px] sm:grid-cols-2" data-testid="task-place">
            <div className="flex min-w-0 flex-col gap-0.5">
              <dt className="text-[12px] text-muted-foreground">{t('places.vendorCard.address')}</dt>
              <dd className="flex flex-wrap items-center gap-x-2">
                <span>{task.place.address}</span>
                <a href={task.place.mapUrl} target="_blank" rel="noreferrer noopener" className="text-primary hover:underline">
                  {t('places.vendorCard.map')}
                </a>
              </dd>
            </div>
            {task.place.loadIn ? (
              <div className="flex min-w-0 flex-col gap-0.5">
                <dt className="text-[12px] text-muted-foreground">{t('places.vendorCard.loadIn')}</dt>
                <dd className="tabular-nums">{formatDateRange(task.place.loadIn.startAt, task.place.loadIn.endAt, task.eventTimeZone, language)}</dd>
              </div>
            ) : null}
            {task.place.loadingDockNotes ? (
              <div className="flex min-w-0 flex-col gap-0.5 sm:col-span-2">
                <dt className="text-[12px] text-muted-foreground">{t('places.vendorCard.loadingDock')}</dt>
                <dd className="whitespace-pre-line">{task.place.loadingDockNotes}</dd>
              </div>
            ) : null}
          </dl>
        ) : null}
        {task.description ? <p className="text-[13px] whitespace-pre-wrap text-muted-foreground">{task.description}</p> : null}
      </div>

      {task.checklist.length > 0 ? (
        <div className="border-t border-border px-5 py-3">
          <p className="mb-2 flex items-center justify-between text-[12.5px] font-medium">
            {t('portal.checklist')}
            <span className="font-normal text-muted-foreground tabular-nums">{t('portal.checklistProgress', { done, total: task.checklist.length })}</span>
          </p>
          <ul className="flex flex-col gap-1.5">
            {task.checklist.map((item) => (
              <li key={item.id}>
                <label className="flex cursor-pointer items-start gap-2.5 text-[13px]">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-4 cursor-pointer accent-[var(--primary)]"
                    checked={item.done}
                    disabled={toggle.isPending && toggle.variables?.itemId === item.id}
                    onChange={(e) =>
                      toggle.mutate({ taskId: task.id, itemId: item.id, done: e.target.checked }, { onError: (error) => toast.error(errorMessage(t, error)) })
                    }
                  />
                  <span className={cn(item.done && 'text-muted-foreground line-through')}>{item.title}</span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <FilesSection task={task} />

      <div className="border-t border-border px-5 py-2.5">
        <Button variant="ghost" size="sm" className="-ml-2" aria-expanded={commentsOpen} onClick={() => setCommentsOpen((v) => !v)}>
          <MessageSquare aria-hidden />
          {commentsOpen ? t('portal.hideComments') : t('portal.showComments')}
        </Button>
        {commentsOpen ? <Comments taskId={task.id} timeZone={task.eventTimeZone} /> : null}
      </div>
    </Card>
  );
}

function FilesSection({ task }: { task: VendorTask }) {
  const { t } = useTranslation();
  const upload = useUploadToMyTask(task.id);
  return (
    <div className="border-t border-border px-5 py-3">
      <p className="mb-2 text-[12.5px] font-medium">{t('portal.files')}</p>
      {task.attachments.length === 0 ? (
        <p className="text-[12.5px] text-muted-foreground">{t('portal.noFiles')}</p>
      ) : (
        <ul className="mb-2 flex flex-col gap-1.5">
          {task.attachments.map((file) => (
            <AttachmentItem key={file.id} file={file} url={attachmentUrl(task.id, file.id)} timeZone={task.eventTimeZone} />
          ))}
        </ul>
      )}
      <div className="mt-2">
        <AttachmentUpload upload={upload.mutateAsync} pending={upload.isPending} label={t('portal.upload')} defaultKind="deliverable" inputTestId="upload-input" />
      </div>
    </div>
  );
}

function Comments({ taskId, timeZone }: { taskId: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const comments = useMyTaskComments(taskId, true);
  const create = useCommentOnMyTask(taskId);
  const [body, setBody] = useState('');
  const send = () => {
    if (!body.trim()) return;
    create.mutate(body.trim(), { onSuccess: () => setBody(''), onError: (e) => toast.error(errorMessage(t, e)) });
  };
  return (
    <div className="mt-2 flex flex-col gap-3 pb-2">
      {comments.isPending ? (
        <Loader2 className="size-4 animate-spin text-muted-foreground" aria-label={t('common.loading')} />
      ) : comments.isError ? (
        <p className="text-[13px] text-danger">{errorMessage(t, comments.error)}</p>
      ) : comments.data.length === 0 ? null : (
        <ol className="flex flex-col gap-2.5">
          {[...comments.data].reverse().map((c) => (
            <li key={c.id} className="text-[13px]">
              <p className="text-[12.5px]">
                <span className="font-medium">{c.author ?? '—'}</span>
                <span className="ml-2 text-muted-foreground tabular-nums">{formatDateTime(c.createdAt, timeZone, i18n.language)}</span>
              </p>
              <p className="mt-0.5 break-words whitespace-pre-wrap">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      <div className="flex items-end gap-2">
        <Textarea
          rows={2}
          aria-label={t('timeline.drawer.commentLabel')}
          placeholder={t('timeline.drawer.commentPlaceholder')}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
              e.preventDefault();
              send();
            }
          }}
        />
        <Button variant="secondary" onClick={send} disabled={!body.trim()} loading={create.isPending} aria-label={t('timeline.drawer.comment')}>
          <Send aria-hidden />
        </Button>
      </div>
    </div>
  );
}
