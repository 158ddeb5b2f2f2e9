import type { Cue } from '@rundown/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogContent, DialogFooter } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { Input, Textarea } from '../../../components/ui/input';
import { Select } from '../../../components/ui/select';
import { isApiError } from '../../../lib/api-client';
import { useAssignableMembers } from '../../timeline/api/people';
import { applyApiErrorToForm } from '../../../lib/errors';
import { rundownQueryOptions } from '../api/get-rundown';
import { useCreateCue, useUpdateCue } from '../api/mutations';
import { DurationInput } from '../../../components/ui/duration-input';

type Values = { title: string; duration: number | null; owner: string; assigneeId: string; notes: string; script: string; audio: string; video: string; lights: string };

const NOBODY = '__nobody';

const valuesOf = (cue?: Cue): Values => ({
  title: cue?.title ?? '',
  duration: cue ? cue.durationSeconds : 300,
  owner: cue?.owner ?? '',
  assigneeId: cue?.assigneeId ?? NOBODY,
  notes: cue?.notes ?? '',
  script: cue?.script ?? '',
  audio: cue?.audio ?? '',
  video: cue?.video ?? '',
  lights: cue?.lights ?? '',
});

export type CueFormDialogProps = {
  orgId: string;
  eventId: string;
  day: string;
  /** null: closed; 'new': adding; a cue: editing it. */
  cue: Cue | 'new' | null;
  onClose: () => void;
};

export function CueFormDialog(props: CueFormDialogProps) {
  const { t } = useTranslation();
  const editing = props.cue && props.cue !== 'new' ? props.cue : undefined;
  return (
    <Dialog open={props.cue !== null} onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent size="lg" title={editing ? t('rundown.form.editTitle') : t('rundown.form.createTitle')}>
        {props.cue !== null ? <CueForm key={editing?.id ?? 'new'} {...props} cue={editing} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function CueForm({ orgId, eventId, day, cue, onClose }: Omit<CueFormDialogProps, 'cue'> & { cue: Cue | undefined }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const params = { orgId, eventId, day };
  const create = useCreateCue(params);
  const update = useUpdateCue(params);
  const [base, setBase] = useState(cue);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: valuesOf(cue) });
  const members = useAssignableMembers(orgId, true).data ?? [];
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const durationSeconds = values.duration;
    if (durationSeconds === null || durationSeconds > 24 * 3600) {
      form.setError('duration', { message: t('rundown.form.durationInvalid') });
      return;
    }
    const body = {
      title: values.title.trim(),
      durationSeconds,
      owner: values.owner,
      assigneeId: values.assigneeId === NOBODY ? null : values.assigneeId,
      notes: values.notes,
      script: values.script,
      audio: values.audio,
      video: values.video,
      lights: values.lights,
    };
    try {
      if (base) {
        await update.mutateAsync({ cueId: base.id, version: base.version, body });
        toast.success(t('rundown.form.saved'));
      } else {
        await create.mutateAsync(body);
        toast.success(t('rundown.form.created', { title: body.title }));
      }
      onClose();
    } catch (error) {
      if (isApiError(error) && error.status === 412 && base) {
        // Someone else saved this cue: load the latest version of the day and show it.
        const fresh = await queryClient.fetchQuery({ ...rundownQueryOptions(orgId, eventId, day), staleTime: 0 }).catch(() => null);
        const latest = fresh?.cues.find((c) => c.id === base.id);
        if (latest) {
          setBase(latest);
          form.reset(valuesOf(latest));
        }
        setFormError(t('rundown.form.conflict'));
        return;
      }
      setFormError(applyApiErrorToForm(error, form.setError, ['title', 'owner', 'assigneeId', 'notes', 'script', 'audio', 'video', 'lights'], t, i18n.language));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="cue-form">
      {formError ? <Alert>{formError}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_9rem]">
        <Field label={t('rundown.form.title')} error={errors.title?.message}>
          <Input autoFocus {...form.register('title', { validate: (v) => (v.trim() ? true : t('validation.required')) })} />
        </Field>
        <Field label={t('rundown.form.duration')} error={errors.duration?.message} hint={t('rundown.form.durationHint')}>
          <Controller control={form.control} name="duration" render={({ field }) => <DurationInput seconds value={field.value} onChange={field.onChange} onBlur={field.onBlur} />} />
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t('rundown.form.owner')} hint={t('rundown.form.ownerHint')}>
          <Input {...form.register('owner')} />
        </Field>
        <Field label={t('rundown.form.assignee')} hint={t('rundown.form.assigneeHint')} error={errors.assigneeId?.message}>
          <Controller
            control={form.control}
            name="assigneeId"
            render={({ field }) => (
              <Select
                value={field.value}
                onValueChange={field.onChange}
                options={[{ value: NOBODY, label: t('rundown.form.nobody') }, ...members.filter((m) => m.role !== 'vendor').map((m) => ({ value: m.userId, label: m.name }))]}
              />
            )}
          />
        </Field>
      </div>
      <Field label={t('rundown.form.notes')}>
        <Input {...form.register('notes')} />
      </Field>
      <Field label={t('rundown.form.script')}>
        <Textarea rows={3} {...form.register('script')} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t('rundown.form.audio')}>
          <Input {...form.register('audio')} />
        </Field>
        <Field label={t('rundown.form.video')}>
          <Input {...form.register('video')} />
        </Field>
        <Field label={t('rundown.form.lights')}>
          <Input {...form.register('lights')} />
        </Field>
      </div>
      <DialogFooter>
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={isSubmitting} data-testid="save-cue">
          {base ? t('common.save') : t('rundown.form.create')}
        </Button>
      </DialogFooter>
    </form>
  );
}

