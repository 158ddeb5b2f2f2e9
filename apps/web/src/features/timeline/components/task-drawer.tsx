import { fromZonedLocal, taskSchema, toZonedLocal, type Dependency, type Member, type Task, type TaskStatus, type Vendor } from '@rundown/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Link2, Loader2, Send, Trash2, Users, X } from 'lucide-react';
import { Dialog as DialogPrimitive } from 'radix-ui';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { overlayClasses } from '../../../components/ui/dialog';
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from '../../../components/ui/dropdown-menu';
import { Field } from '../../../components/ui/field';
import { Input, Textarea } from '../../../components/ui/input';
import { Select } from '../../../components/ui/select';
import { Skeleton } from '../../../components/ui/skeleton';
import { isApiError } from '../../../lib/api-client';
import { applyApiErrorToForm, errorMessage } from '../../../lib/errors';
import { useComments, useCreateComment } from '../api/comments';
import { useCreateDependency, useDeleteDependency } from '../api/dependencies';
import { useDeleteTask } from '../api/delete-task';
import { timelineKeys } from '../api/keys';
import { useMoveTask } from '../api/move-task';
import { replaceTask, useUpdateTask } from '../api/update-task';
import { formatMinutes, formatDateTimeShort } from '../../../lib/format';
import { initialsFor } from '../utils/initials';
import { Section } from './drawer-section';
import { TaskChecklist } from './task-checklist';
import { TaskFiles } from './task-files';
import { TaskPicker } from './task-picker';
import { NONE, orNull, parentOptions, priorityOptions, statusOptions, vendorOptions } from '../utils/task-options';
import { currentLanguage } from '../../../lib/i18n';
import { DateTimeInput } from '../../../components/ui/date-time-input';

export type ScheduleInfo = { earliestStart: string; slackMinutes: number; critical: boolean };

export type TaskDrawerProps = {
  orgId: string;
  eventId: string;
  taskId: string | null;
  tasks: Task[];
  dependencies: Dependency[];
  members: ReadonlyMap<string, Member>;
  vendors: ReadonlyMap<string, Vendor>;
  schedule: ReadonlyMap<string, ScheduleInfo>;
  timeZone: string;
  zoneLabel: string;
  canWrite: boolean;
  canAssign: boolean;
  /** True until the tasks and the event (whose time zone the dates are shown in) have arrived. */
  loading: boolean;
  onClose: () => void;
};

/** A side panel with everything about one task: details, checklist, files, dependencies, comments. */
export function TaskDrawer(props: TaskDrawerProps) {
  const { t } = useTranslation();
  const { taskId, tasks, loading, onClose } = props;
  const task = taskId ? tasks.find((x) => x.id === taskId) : undefined;
  return (
    <DialogPrimitive.Root open={Boolean(taskId)} onOpenChange={(open) => !open && onClose()}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className={overlayClasses} />
        <DialogPrimitive.Content
          aria-describedby={undefined}
          data-testid="task-drawer"
          className="fixed inset-y-0 right-0 z-50 flex w-[36rem] max-w-[100vw] animate-in flex-col border-l border-border bg-surface shadow-2xl outline-none"
        >
          <div className="flex items-center justify-between gap-3 border-b border-border px-5 py-3">
            <DialogPrimitive.Title className="text-[13px] font-medium text-muted-foreground">
              {task ? t(`taskKinds.${task.kind}`) : t('timeline.drawer.label')}
            </DialogPrimitive.Title>
            <DialogPrimitive.Close asChild>
              <Button variant="ghost" size="icon-sm" aria-label={t('common.close')}>
                <X aria-hidden />
              </Button>
            </DialogPrimitive.Close>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto">
            {loading ? (
              <div className="flex flex-col gap-3 p-5" aria-busy="true">
                <Skeleton className="h-7 w-2/3" />
                <Skeleton className="h-32 w-full" />
              </div>
            ) : task ? (
              <DrawerBody key={task.id} {...props} task={task} />
            ) : (
              <div className="p-5">
                <Alert tone="info">{t('timeline.drawer.notFound')}</Alert>
              </div>
            )}
          </div>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}

type FormValues = {
  title: string;
  description: string;
  location: string;
  start: string;
  end: string;
  status: TaskStatus;
  priority: Task['priority'];
  vendorId: string;
  parentId: string;
  assigneeIds: string[];
};


function valuesOf(task: Task, timeZone: string): FormValues {
  return {
    title: task.title,
    description: task.description ?? '',
    location: task.location ?? '',
    start: toZonedLocal(task.startAt, timeZone),
    end: toZonedLocal(task.endAt, timeZone),
    status: task.status,
    priority: task.priority,
    vendorId: task.vendorId ?? NONE,
    parentId: task.parentId ?? NONE,
    assigneeIds: [...task.assigneeIds],
  };
}

function DrawerBody({ task, ...props }: TaskDrawerProps & { task: Task }) {
  const { t, i18n } = useTranslation();
  const info = props.schedule.get(task.id);
  return (
    <div className="flex flex-col">
      <DetailsForm task={task} {...props} />
      {info ? (
        <Section title={t('timeline.drawer.schedule')}>
          <div className="flex flex-wrap items-center gap-2 text-[13px]">
            {info.critical ? (
              <Badge tone="danger" dot>
                {t('timeline.drawer.critical')}
              </Badge>
            ) : (
              <span>
                <span className="text-muted-foreground">{t('timeline.drawer.slack')}: </span>
                <span className="tabular-nums">{formatMinutes(info.slackMinutes, i18n.language)}</span>
              </span>
            )}
            <span className="text-muted-foreground">·</span>
            <span>
              <span className="text-muted-foreground">{t('timeline.drawer.earliestStart')}: </span>
              <span className="tabular-nums">{formatDateTimeShort(info.earliestStart, props.timeZone, i18n.language)}</span>
            </span>
          </div>
        </Section>
      ) : null}
      <TaskChecklist task={task} orgId={props.orgId} eventId={props.eventId} canWrite={props.canWrite} />
      <TaskFiles taskId={task.id} hasVendor={task.vendorId !== null} orgId={props.orgId} eventId={props.eventId} timeZone={props.timeZone} canWrite={props.canWrite} />
      <DependenciesSection task={task} {...props} />
      <CommentsSection task={task} orgId={props.orgId} eventId={props.eventId} timeZone={props.timeZone} />
    </div>
  );
}

function DetailsForm({ task, orgId, eventId, tasks, members, vendors, timeZone, zoneLabel, canWrite, canAssign, onClose }: TaskDrawerProps & { task: Task }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateTask(orgId, eventId);
  const move = useMoveTask(orgId, eventId);
  const remove = useDeleteTask(orgId, eventId);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Task | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const form = useForm<FormValues>({ defaultValues: valuesOf(task, timeZone) });
  const { errors, isSubmitting, isDirty } = form.formState;

  // Someone (or a move) changed the task, or the event's time zone: follow it unless the person is editing.
  useEffect(() => {
    if (!form.formState.isDirty) form.reset(valuesOf(task, timeZone));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [task.version, task.startAt, task.endAt, timeZone]);

  const phases = useMemo(() => tasks.filter((x) => x.kind === 'phase' && x.id !== task.id), [tasks, task.id]);
  const memberList = useMemo(() => [...members.values()].sort((a, b) => a.name.localeCompare(b.name)), [members]);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const startAt = fromZonedLocal(values.start, timeZone);
    const endAt = task.kind === 'milestone' ? startAt : fromZonedLocal(values.end, timeZone);
    if (!startAt) return form.setError('start', { message: t('validation.invalidDateTime') });
    if (!endAt) return form.setError('end', { message: t('validation.invalidDateTime') });
    if (Date.parse(endAt) < Date.parse(startAt)) return form.setError('end', { message: t('timeline.form.endBeforeStart') });
    const body: Record<string, unknown> = {};
    const text = (v: string) => (v.trim() ? v.trim() : null);
    if (values.title.trim() !== task.title) body.title = values.title.trim();
    if (text(values.description) !== task.description) body.description = text(values.description);
    if (text(values.location) !== task.location) body.location = text(values.location);
    if (values.status !== task.status) body.status = values.status;
    if (values.priority !== task.priority) body.priority = values.priority;
    const vendorId = orNull(values.vendorId);
    if (vendorId !== task.vendorId) body.vendorId = vendorId;
    const parentId = orNull(values.parentId);
    if (parentId !== task.parentId) body.parentId = parentId;
    if ([...values.assigneeIds].sort().join() !== [...task.assigneeIds].sort().join()) body.assigneeIds = values.assigneeIds;
    const datesChanged = Date.parse(startAt) !== Date.parse(task.startAt) || Date.parse(endAt) !== Date.parse(task.endAt);
    try {
      if (Object.keys(body).length > 0) await update.mutateAsync({ task, body });
      let others = 0;
      if (datesChanged) {
        // Through the move route, so dependents shift instead of silently breaking.
        const result = await move.mutateAsync({
          taskId: task.id,
          startAt,
          endAt: Date.parse(endAt) - Date.parse(startAt) !== Date.parse(task.endAt) - Date.parse(task.startAt) ? endAt : undefined,
        });
        others = result.shifts.filter((s) => s.taskId !== task.id).length;
      }
      form.reset(values);
      toast.success(others > 0 ? t('timeline.move.applied', { count: others }) : t('timeline.drawer.saved'));
    } catch (error) {
      if (isApiError(error) && error.status === 412) {
        const current = taskSchema.safeParse(error.current);
        if (current.success) setConflict(current.data);
        return;
      }
      setFormError(
        applyApiErrorToForm(error, form.setError, ['title', 'description', 'location', 'status', 'priority', 'vendorId', 'parentId', 'assigneeIds'], t, i18n.language),
      );
    }
  });

  const loadLatest = () => {
    if (!conflict) return;
    queryClient.setQueryData<Task[]>(timelineKeys.tasks(orgId, eventId), (old) => replaceTask(old, conflict));
    form.reset(valuesOf(conflict, timeZone));
    setConflict(null);
  };

  const onDelete = async () => {
    try {
      await remove.mutateAsync(task.id);
      toast.success(t('timeline.drawer.deleted', { title: task.title }));
      setConfirmDelete(false);
      onClose();
    } catch (error) {
      toast.error(errorMessage(t, error));
    }
  };

  const disabled = !canWrite;
  const assignees = form.watch('assigneeIds');

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4 px-5 py-4" noValidate data-testid="task-form">
      {conflict ? (
        <Alert
          tone="warning"
          title={t('timeline.drawer.conflict')}
          action={
            <Button size="sm" variant="secondary" onClick={loadLatest}>
              {t('timeline.drawer.reload')}
            </Button>
          }
        />
      ) : null}
      {formError ? <Alert>{formError}</Alert> : null}
      <Field label={t('timeline.drawer.title')} error={errors.title?.message}>
        <Input
          {...form.register('title', { validate: (v) => (v.trim() ? true : t('validation.required')) })}
          disabled={disabled}
          className="h-9 text-[15px] font-semibold"
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t('timeline.drawer.status')}>
          <Controller
            control={form.control}
            name="status"
            render={({ field }) => (
              <Select
                value={field.value}
                onValueChange={field.onChange}
                disabled={disabled}
                options={statusOptions(t)}
                data-testid="task-status"
              />
            )}
          />
        </Field>
        <Field label={t('timeline.drawer.priority')}>
          <Controller
            control={form.control}
            name="priority"
            render={({ field }) => (
              <Select
                value={field.value}
                onValueChange={field.onChange}
                disabled={disabled}
                options={priorityOptions(t)}
              />
            )}
          />
        </Field>
        <Field label={t('timeline.drawer.start')} error={errors.start?.message} hint={t('timeline.drawer.zoneHint', { zone: zoneLabel })}>
          <Controller control={form.control} name="start" render={({ field }) => <DateTimeInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} timeZone={timeZone} disabled={disabled} />} />
        </Field>
        {task.kind !== 'milestone' ? (
          <Field label={t('timeline.drawer.end')} error={errors.end?.message}>
            <Controller control={form.control} name="end" render={({ field }) => <DateTimeInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} timeZone={timeZone} disabled={disabled} />} />
          </Field>
        ) : null}
        <Field label={t('timeline.drawer.vendor')}>
          <Controller
            control={form.control}
            name="vendorId"
            render={({ field }) => (
              <Select
                value={field.value}
                onValueChange={field.onChange}
                disabled={disabled}
                data-testid="task-vendor"
                options={[
                  ...vendorOptions(t, vendors.values()),
                  ...(task.vendorId && !vendors.has(task.vendorId) ? [{ value: task.vendorId, label: '—' }] : []),
                ]}
              />
            )}
          />
        </Field>
        <Field label={t('timeline.drawer.parent')}>
          <Controller
            control={form.control}
            name="parentId"
            render={({ field }) => (
              <Select
                value={field.value}
                onValueChange={field.onChange}
                disabled={disabled}
                options={parentOptions(t, phases)}
              />
            )}
          />
        </Field>
      </div>
      <Field label={t('timeline.drawer.location')}>
        <Input {...form.register('location')} disabled={disabled} />
      </Field>
      <Field label={t('timeline.drawer.description')}>
        <Textarea {...form.register('description')} disabled={disabled} rows={3} />
      </Field>
      <div className="flex flex-col gap-1.5">
        <span className="text-[13px] font-medium">{t('timeline.drawer.assignees')}</span>
        <div className="flex flex-wrap items-center gap-1.5">
          {assignees.length === 0 ? <span className="text-[13px] text-muted-foreground">{t('timeline.drawer.noAssignees')}</span> : null}
          {assignees.map((id) => (
            <span key={id} className="inline-flex h-6 items-center gap-1.5 rounded-full bg-muted pr-2.5 pl-0.5 text-[12.5px]">
              <span className="flex size-5 items-center justify-center rounded-full bg-primary text-[9.5px] font-semibold text-primary-foreground">
                {initialsFor(members.get(id)?.name)}
              </span>
              {members.get(id)?.name ?? t('timeline.drawer.unknownMember')}
            </span>
          ))}
          {canWrite && canAssign ? (
            <DropdownMenu>
              <DropdownMenuTrigger asChild>
                <Button variant="secondary" size="sm">
                  <Users aria-hidden />
                  {t('timeline.drawer.assignees')}
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent align="start" className="max-h-72 w-64">
                <DropdownMenuLabel>{t('timeline.drawer.assignees')}</DropdownMenuLabel>
                {memberList.map((m) => (
                  <DropdownMenuCheckboxItem
                    key={m.userId}
                    checked={assignees.includes(m.userId)}
                    onSelect={(e) => e.preventDefault()}
                    onCheckedChange={(checked) =>
                      form.setValue('assigneeIds', checked ? [...assignees, m.userId] : assignees.filter((x) => x !== m.userId), { shouldDirty: true })
                    }
                  >
                    <span className="flex min-w-0 flex-col">
                      <span className="truncate">{m.name}</span>
                      <span className="truncate text-[11.5px] text-muted-foreground">{t(`roles.${m.role}`)}</span>
                    </span>
                  </DropdownMenuCheckboxItem>
                ))}
              </DropdownMenuContent>
            </DropdownMenu>
          ) : null}
        </div>
        {canWrite && !canAssign ? <p className="text-[12px] text-muted-foreground">{t('timeline.drawer.assigneesUnavailable')}</p> : null}
      </div>
      {canWrite ? (
        <div className="flex items-center justify-between gap-2 pt-1">
          <Button variant="danger-ghost" size="sm" onClick={() => setConfirmDelete(true)} data-testid="delete-task">
            <Trash2 aria-hidden />
            {t('timeline.drawer.delete')}
          </Button>
          <Button type="submit" loading={isSubmitting} disabled={!isDirty} data-testid="save-task">
            {t('timeline.drawer.save')}
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={t('timeline.drawer.deleteTitle', { title: task.title })}
        description={t('timeline.drawer.deleteBody')}
        confirmLabel={t('common.delete')}
        pending={remove.isPending}
        onConfirm={() => void onDelete()}
      />
    </form>
  );
}

/** The cycle named by the API ("… would make a cycle: A → B → A"), or null. */
export function cycleNames(error: unknown): string | null {
  if (!isApiError(error) || error.status !== 400) return null;
  const field = error.fieldErrors.find((f) => f.code === 'dependency_cycle');
  if (!field && !error.detail?.includes('→')) return null;
  const source = field?.message ?? error.detail ?? '';
  const at = source.indexOf(':');
  return at >= 0 ? source.slice(at + 1).trim() : source;
}

function DependenciesSection({ task, orgId, eventId, tasks, dependencies, canWrite }: TaskDrawerProps & { task: Task }) {
  const { t } = useTranslation();
  const create = useCreateDependency(orgId, eventId);
  const remove = useDeleteDependency(orgId, eventId);
  const [predecessorId, setPredecessorId] = useState<string | null>(null);
  const [type, setType] = useState<Dependency['type']>('FS');
  const [lag, setLag] = useState('0');
  const [error, setError] = useState<string | null>(null);
  const byId = useMemo(() => new Map(tasks.map((x) => [x.id, x])), [tasks]);
  const waitsFor = dependencies.filter((d) => d.successorId === task.id);
  const blocks = dependencies.filter((d) => d.predecessorId === task.id);
  const candidates = useMemo(() => tasks.filter((x) => x.id !== task.id), [tasks, task.id]);

  const add = async () => {
    if (!predecessorId) return;
    setError(null);
    const lagMinutes = Number.parseInt(lag || '0', 10);
    try {
      await create.mutateAsync({ predecessorId, successorId: task.id, type, lagMinutes: Number.isFinite(lagMinutes) ? lagMinutes : 0 });
      toast.success(t('timeline.drawer.linked'));
      setPredecessorId(null);
      setLag('0');
    } catch (err) {
      const names = cycleNames(err);
      if (names) setError(t('timeline.drawer.cycle', { names }));
      else if (isApiError(err) && err.status === 409) setError(t('timeline.drawer.alreadyLinked'));
      else setError(errorMessage(t, err));
    }
  };

  const line = (dep: Dependency, otherId: string) => {
    const other = byId.get(otherId);
    return (
      <li key={dep.id} className="flex items-center gap-2 text-[13px]" data-testid="dependency">
        <Link2 className="size-3.5 shrink-0 text-muted-foreground" aria-hidden />
        <span className="min-w-0 flex-1 truncate">{other?.title ?? '—'}</span>
        <span className="shrink-0 text-[12px] text-muted-foreground">
          {t(`dependencyTypes.${dep.type}`)}
          {dep.lagMinutes !== 0 ? ` · ${dep.lagMinutes > 0 ? '+' : '−'}${formatMinutes(Math.abs(dep.lagMinutes), currentLanguage())}` : ''}
        </span>
        {canWrite ? (
          <Button
            variant="ghost"
            size="icon-sm"
            className="size-6"
            aria-label={t('timeline.drawer.removeDependency', { title: other?.title ?? '' })}
            onClick={() =>
              remove.mutate(dep.id, { onSuccess: () => toast.success(t('timeline.drawer.removed')), onError: (e) => toast.error(errorMessage(t, e)) })
            }
          >
            <X aria-hidden />
          </Button>
        ) : null}
      </li>
    );
  };

  return (
    <Section title={t('timeline.drawer.dependencies')}>
      {waitsFor.length === 0 && blocks.length === 0 ? <p className="text-[13px] text-muted-foreground">{t('timeline.drawer.noDependencies')}</p> : null}
      {waitsFor.length > 0 ? (
        <div className="mb-2">
          <p className="mb-1 text-[12px] font-medium text-muted-foreground">{t('timeline.drawer.waitsFor')}</p>
          <ul className="flex flex-col gap-1">{waitsFor.map((d) => line(d, d.predecessorId))}</ul>
        </div>
      ) : null}
      {blocks.length > 0 ? (
        <div className="mb-2">
          <p className="mb-1 text-[12px] font-medium text-muted-foreground">{t('timeline.drawer.blocks')}</p>
          <ul className="flex flex-col gap-1">{blocks.map((d) => line(d, d.successorId))}</ul>
        </div>
      ) : null}
      {canWrite ? (
        <div className="mt-3 flex flex-col gap-2 rounded-lg border border-border bg-surface-2/50 p-3" data-testid="add-dependency">
          <p className="text-[12.5px] font-medium">{t('timeline.drawer.addDependency')}</p>
          <div className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_10rem_6.5rem]">
            <TaskPicker tasks={candidates} value={predecessorId} onChange={setPredecessorId} label={t('timeline.drawer.dependsOn')} />
            <Select
              value={type}
              onValueChange={setType}
              aria-label={t('timeline.drawer.type')}
              data-testid="dependency-type"
              options={(['FS', 'SS', 'FF', 'SF'] as const).map((v) => ({ value: v, label: t(`dependencyTypes.${v}`) }))}
            />
            <Input
              type="number"
              inputMode="numeric"
              step={15}
              value={lag}
              onChange={(e) => setLag(e.target.value)}
              aria-label={t('timeline.drawer.lag')}
              title={t('timeline.drawer.lagHint')}
              className="tabular-nums"
            />
          </div>
          {error ? (
            <div data-testid="dependency-error">
              <Alert className="py-2" title={error} />
            </div>
          ) : null}
          <div className="flex justify-end">
            <Button size="sm" variant="secondary" onClick={() => void add()} disabled={!predecessorId} loading={create.isPending} data-testid="add-dependency-submit">
              {t('timeline.drawer.add')}
            </Button>
          </div>
        </div>
      ) : null}
    </Section>
  );
}

function CommentsSection({ task, orgId, eventId, timeZone }: { task: Task; orgId: string; eventId: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const comments = useComments(orgId, eventId, task.id);
  const create = useCreateComment(orgId, eventId, task.id);
  const [body, setBody] = useState('');
  const send = () => {
    if (!body.trim()) return;
    create.mutate(body.trim(), { onSuccess: () => setBody(''), onError: (e) => toast.error(errorMessage(t, e)) });
  };
  const items = comments.data ?? [];
  return (
    <Section title={t('timeline.drawer.comments')}>
      {comments.isPending ? (
        <Loader2 className="size-4 animate-spin text-muted-foreground" aria-label={t('common.loading')} />
      ) : comments.isError ? (
        <p className="text-[13px] text-danger">{errorMessage(t, comments.error)}</p>
      ) : items.length === 0 ? (
        <p className="text-[13px] text-muted-foreground">{t('timeline.drawer.commentsEmpty')}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {[...items].reverse().map((c) => (
            <li key={c.id} className="flex gap-2.5">
              <span className="flex size-6 shrink-0 items-center justify-center rounded-full bg-muted text-[10px] font-semibold text-muted-foreground">
                {initialsFor(c.author ?? undefined)}
              </span>
              <div className="min-w-0">
                <p className="text-[12.5px]">
                  <span className="font-medium">{c.author ?? t('timeline.drawer.unknownAuthor')}</span>
                  <span className="ml-2 text-muted-foreground tabular-nums">{formatDateTimeShort(c.createdAt, timeZone, i18n.language)}</span>
                </p>
                <p className="mt-0.5 text-[13px] break-words whitespace-pre-wrap">{c.body}</p>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div className="mt-3 flex flex-col gap-2">
        <Textarea
          aria-label={t('timeline.drawer.commentLabel')}
          placeholder={t('timeline.drawer.commentPlaceholder')}
          value={body}
          rows={2}
          onChange={(e) => setBody(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
              e.preventDefault();
              send();
            }
          }}
        />
        <div className="flex justify-end">
          <Button size="sm" variant="secondary" onClick={send} disabled={!body.trim()} loading={create.isPending}>
            <Send aria-hidden />
            {t('timeline.drawer.comment')}
          </Button>
        </div>
      </div>
    </Section>
  );
}
