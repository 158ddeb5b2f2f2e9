import type { TaskAttachment } from '@rundown/domain';
import { Download, FileText, Loader2, Paperclip, Trash2, Upload } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Select } from '../../../components/ui/select';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { intlLocale } from '../../../lib/i18n';
import { formatBytes } from '../../portal/utils/files';
import { useFileUpload } from '../../portal/utils/use-file-upload';
import { taskAttachmentUrl, useDeleteTaskAttachment, useTaskAttachments, useUploadTaskAttachment } from '../api/attachments';
import { Section } from './drawer-section';

type Props = { taskId: string; hasVendor: boolean; orgId: string; eventId: string; timeZone: string; canWrite: boolean };

/**
 * The task's files: the organization's and its vendor's. Anyone who edits the schedule attaches
 * files (the same 10 MB limit as the portal) and removes their own; managers remove any.
 */
export function TaskFiles({ taskId, hasVendor, orgId, eventId, timeZone, canWrite }: Props) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const files = useTaskAttachments(orgId, eventId, taskId);
  const upload = useUploadTaskAttachment(orgId, eventId, taskId);
  const remove = useDeleteTaskAttachment(orgId, eventId, taskId);
  const [kind, setKind] = useState<TaskAttachment['kind']>('other');
  const [removing, setRemoving] = useState<TaskAttachment | null>(null);

  const { inputRef, onFile } = useFileUpload(upload.mutateAsync, kind);

  const onRemove = () => {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: () => {
        toast.success(t('timeline.drawer.fileRemoved', { name: removing.filename }));
        setRemoving(null);
      },
      onError: (error) => toast.error(errorMessage(t, error)),
    });
  };

  const items = files.data ?? [];
  return (
    <Section title={t('timeline.drawer.files')} testId="task-files">
      {files.isPending ? (
        <Loader2 className="size-4 animate-spin text-muted-foreground" aria-label={t('common.loading')} />
      ) : files.isError ? (
        <p className="text-[13px] text-danger">{errorMessage(t, files.error)}</p>
      ) : items.length === 0 ? (
        <p className="text-[13px] text-muted-foreground">{t('timeline.drawer.filesEmpty')}</p>
      ) : (
        <ul className="flex flex-col gap-1.5">
          {items.map((file) => {
            const url = taskAttachmentUrl(orgId, eventId, taskId, file.id);
            return (
              <li key={file.id} className="flex items-center gap-2 text-[13px]" data-testid="task-file">
                {file.kind === 'invoice' ? <FileText className="size-4 shrink-0 text-muted-foreground" aria-hidden /> : <Paperclip className="size-4 shrink-0 text-muted-foreground" aria-hidden />}
                <div className="flex min-w-0 flex-1 flex-col">
                  <span className="flex min-w-0 items-center gap-2">
                    <a
                      href={url}
                      download={file.filename}
                      className="min-w-0 truncate rounded-sm font-medium hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                      aria-label={t('portal.download', { name: file.filename })}
                    >
                      {file.filename}
                    </a>
                    <Badge>{t(`portal.kinds.${file.kind}`)}</Badge>
                  </span>
                  <span className="truncate text-[12px] text-muted-foreground tabular-nums">
                    {t('portal.uploadedBy', { name: file.uploadedBy ?? '—', size: formatBytes(file.size, locale), date: formatDateTime(file.createdAt, timeZone, i18n.language) })}
                  </span>
                </div>
                <a href={url} download={file.filename} className="shrink-0 text-muted-foreground hover:text-foreground" aria-hidden tabIndex={-1}>
                  <Download className="size-4" />
                </a>
                {file.canDelete ? (
                  <Button variant="ghost" size="icon-sm" className="size-6" aria-label={t('timeline.drawer.removeFile', { name: file.filename })} onClick={() => setRemoving(file)}>
                    <Trash2 aria-hidden />
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {canWrite ? (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <Select
            size="sm"
            className="w-36"
            aria-label={t('portal.uploadKind')}
            value={kind}
            onValueChange={setKind}
            options={(['deliverable', 'invoice', 'other'] as const).map((k) => ({ value: k, label: t(`portal.kinds.${k}`) }))}
          />
          <input ref={inputRef} type="file" className="sr-only" tabIndex={-1} aria-hidden onChange={(e) => void onFile(e.target.files?.[0])} data-testid="task-file-input" />
          <Button variant="secondary" size="sm" onClick={() => inputRef.current?.click()} loading={upload.isPending}>
            {upload.isPending ? null : <Upload aria-hidden />}
            {t('timeline.drawer.attach')}
          </Button>
          <span className="text-[12px] text-muted-foreground">{t('timeline.drawer.filesLimit')}</span>
        </div>
      ) : null}
      {hasVendor ? <p className="mt-2 text-[12px] text-muted-foreground">{t('timeline.drawer.filesVendorHint')}</p> : null}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={t('timeline.drawer.removeFileTitle', { name: removing?.filename ?? '' })}
        description={hasVendor ? t('timeline.drawer.removeFileVendorBody') : t('timeline.drawer.removeFileBody')}
        confirmLabel={t('common.delete')}
        pending={remove.isPending}
        onConfirm={onRemove}
      />
    </Section>
  );
}
