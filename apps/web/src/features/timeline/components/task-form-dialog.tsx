import { fromZonedLocal, toZonedLocal, type Task, type TaskStatus, type Vendor } from '@rundown/domain';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogContent, DialogFooter } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { Input, Textarea } from '../../../components/ui/input';
import { Select } from '../../../components/ui/select';
import { applyApiErrorToForm } from '../../../lib/errors';
import { useCreateTask } from '../api/create-task';
import { kindOptions, NONE, orNull, parentOptions, priorityOptions, statusOptions, vendorOptions } from '../utils/task-options';
import { DateTimeInput } from '../../../components/ui/date-time-input';

type Values = {
  title: string;
  kind: Task['kind'];
  start: string;
  end: string;
  status: TaskStatus;
  priority: Task['priority'];
  parentId: string;
  vendorId: string;
  location: string;
  description: string;
  checklist: string;
};


export type TaskFormDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  orgId: string;
  eventId: string;
  timeZone: string;
  zoneLabel: string;
  /** Where new tasks start by default: the event's start. */
  defaultStart: string;
  phases: Task[];
  vendors: ReadonlyMap<string, Vendor>;
  onCreated: (task: Task) => void;
};

export function TaskFormDialog(props: TaskFormDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange}>
      <DialogContent size="lg" title={t('timeline.form.createTitle')} description={t('timeline.form.createDescription', { zone: props.zoneLabel })}>
        {props.open ? <TaskForm {...props} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function TaskForm({ orgId, eventId, timeZone, defaultStart, phases, vendors, onOpenChange, onCreated }: TaskFormDialogProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateTask(orgId, eventId);
  const [formError, setFormError] = useState<string | null>(null);
  const defaults = useMemo<Values>(() => {
    const start = toZonedLocal(defaultStart, timeZone);
    const end = toZonedLocal(new Date(Date.parse(defaultStart) + 2 * 3600_000).toISOString(), timeZone);
    return { title: '', kind: 'task', start, end, status: 'todo', priority: 'normal', parentId: NONE, vendorId: NONE, location: '', description: '', checklist: '' };
  }, [defaultStart, timeZone]);
  const form = useForm<Values>({ defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;
  const kind = form.watch('kind');

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const startAt = fromZonedLocal(values.start, timeZone);
    const endAt = values.kind === 'milestone' ? startAt : fromZonedLocal(values.end, timeZone);
    if (!startAt) return form.setError('start', { message: t('validation.invalidDateTime') });
    if (!endAt) return form.setError('end', { message: t('validation.invalidDateTime') });
    if (Date.parse(endAt) < Date.parse(startAt)) return form.setError('end', { message: t('timeline.form.endBeforeStart') });
    try {
      const task = await create.mutateAsync({
        title: values.title.trim(),
        kind: values.kind,
        startAt,
        endAt,
        status: values.status,
        priority: values.priority,
        parentId: orNull(values.parentId),
        vendorId: orNull(values.vendorId),
        location: values.location,
        description: values.description,
        checklist: values.checklist
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .slice(0, 100)
          .map((title) => ({ title: title.slice(0, 200), done: false })),
      });
      toast.success(t('timeline.form.created', { title: task.title }));
      onOpenChange(false);
      onCreated(task);
    } catch (error) {
      const message = applyApiErrorToForm(error, form.setError, ['title', 'kind', 'status', 'priority', 'parentId', 'vendorId', 'location', 'description', 'checklist'], t, i18n.language, {});
      const fields = (error as { fieldErrorsAt?: (p: string) => Record<string, unknown> }).fieldErrorsAt?.('/body') ?? {};
      if ('startAt' in fields) form.setError('start', { message: t('validation.invalidDateTime') });
      if ('endAt' in fields) form.setError('end', { message: t('timeline.form.endBeforeStart') });
      setFormError(message);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="task-create-form">
      {formError ? <Alert>{formError}</Alert> : null}
      <Field label={t('timeline.drawer.title')} error={errors.title?.message}>
        <Input autoFocus {...form.register('title', { validate: (v) => (v.trim() ? true : t('validation.required')) })} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t('timeline.drawer.kind')}>
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => <Select value={field.value} onValueChange={field.onChange} options={kindOptions(t)} />}
          />
        </Field>
        <Field label={t('timeline.drawer.status')}>
          <Controller
            control={form.control}
            name="status"
            render={({ field }) => <Select value={field.value} onValueChange={field.onChange} options={statusOptions(t)} />}
          />
        </Field>
        <Field label={t('timeline.drawer.priority')}>
          <Controller
            control={form.control}
            name="priority"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange} options={priorityOptions(t)} />
            )}
          />
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t('timeline.drawer.start')} error={errors.start?.message}>
          <Controller control={form.control} name="start" render={({ field }) => <DateTimeInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} timeZone={timeZone} />} />
        </Field>
        {kind !== 'milestone' ? (
          <Field label={t('timeline.drawer.end')} error={errors.end?.message}>
            <Controller control={form.control} name="end" render={({ field }) => <DateTimeInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} timeZone={timeZone} />} />
          </Field>
        ) : null}
        <Field label={t('timeline.drawer.parent')}>
          <Controller
            control={form.control}
            name="parentId"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange} options={parentOptions(t, phases)} />
            )}
          />
        </Field>
        <Field label={t('timeline.drawer.vendor')}>
          <Controller
            control={form.control}
            name="vendorId"
            render={({ field }) => (
              <Select
                value={field.value}
                onValueChange={field.onChange}
                options={vendorOptions(t, vendors.values())}
              />
            )}
          />
        </Field>
      </div>
      <Field label={t('timeline.drawer.location')}>
        <Input {...form.register('location')} />
      </Field>
      <Field label={t('timeline.drawer.description')}>
        <Textarea rows={2} {...form.register('description')} />
      </Field>
      <Field label={t('timeline.form.checklist')} hint={t('timeline.form.checklistHint')}>
        <Textarea rows={3} {...form.register('checklist')} />
      </Field>
      <DialogFooter>
        <Button variant="secondary" onClick={() => onOpenChange(false)}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={isSubmitting}>
          {t('timeline.form.create')}
        </Button>
      </DialogFooter>
    </form>
  );
}
