import type { TaskAttachment } from '@rundown/domain';
import { Loader2, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ConfirmRemovalDialog } from '../../../components/ui/confirm-dialog';
import { errorMessage } from '../../../lib/errors';
import { AttachmentItem, AttachmentUpload } from '../../portal/components/attachment-parts';
import { ATTACHMENT_MAX_BYTES, formatBytes } from '../../portal/utils/files';
import { taskAttachmentUrl, useDeleteTaskAttachment, useTaskAttachments, useUploadTaskAttachment } from '../api/attachments';
import { Section } from './drawer-section';

type Props = { taskId: string; hasVendor: boolean; orgId: string; eventId: string; timeZone: string; canWrite: boolean };

/**
 * The task's files: the organization's and its vendor's. Anyone who edits the schedule attaches
 * files (the same 10 MB limit as the portal) and removes their own; managers remove any.
 */
export function TaskFiles({ taskId, hasVendor, orgId, eventId, timeZone, canWrite }: Props) {
  const { t, i18n } = useTranslation();
  const files = useTaskAttachments(orgId, eventId, taskId);
  const upload = useUploadTaskAttachment(orgId, eventId, taskId);
  const remove = useDeleteTaskAttachment(orgId, eventId, taskId);
  const [removing, setRemoving] = useState<TaskAttachment | null>(null);

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
          {items.map((file) => (
            <AttachmentItem
              key={file.id}
              file={file}
              url={taskAttachmentUrl(orgId, eventId, taskId, file.id)}
              timeZone={timeZone}
              testId="task-file"
              action={
                file.canDelete ? (
                  <Button variant="ghost" size="icon-sm" className="size-6" aria-label={t('timeline.drawer.removeFile', { name: file.filename })} onClick={() => setRemoving(file)}>
                    <Trash2 aria-hidden />
                  </Button>
                ) : null
              }
            />
          ))}
        </ul>
      )}
      {canWrite ? (
        <div className="mt-3">
          <AttachmentUpload
            upload={upload.mutateAsync}
            pending={upload.isPending}
            label={t('timeline.drawer.attach')}
            defaultKind="other"
            inputTestId="task-file-input"
            hint={t('timeline.drawer.filesLimit', { size: formatBytes(ATTACHMENT_MAX_BYTES, i18n.language) })}
          />
        </div>
      ) : null}
      {hasVendor ? <p className="mt-2 text-[12px] text-muted-foreground">{t('timeline.drawer.filesVendorHint')}</p> : null}
      <ConfirmRemovalDialog
        item={removing}
        onClose={() => setRemoving(null)}
        title={(file) => t('timeline.drawer.removeFileTitle', { name: file?.filename ?? '' })}
        description={hasVendor ? t('timeline.drawer.removeFileVendorBody') : t('timeline.drawer.removeFileBody')}
        removed={(file) => t('timeline.drawer.fileRemoved', { name: file.filename })}
        remove={(file) => remove.mutateAsync(file.id)}
        pending={remove.isPending}
      />
    </Section>
  );
}
