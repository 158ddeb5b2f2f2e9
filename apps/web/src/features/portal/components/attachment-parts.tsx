import type { attachmentSchema, uploadAttachmentSchema } from '@rundown/domain';
import { Download, FileText, Paperclip, Upload } from 'lucide-react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { z } from 'zod';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Select } from '../../../components/ui/select';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { intlLocale } from '../../../lib/i18n';
import { ATTACHMENT_MAX_BYTES, fileToBase64, formatBytes, safeContentType, safeFilename } from '../utils/files';

type Attachment = z.output<typeof attachmentSchema>;
type AttachmentKind = Attachment['kind'];
const KINDS: readonly AttachmentKind[] = ['deliverable', 'invoice', 'other'];

/** One file of a task: a download link with its kind, who uploaded it, size and date; `action` goes at the end. */
export function AttachmentItem({ file, url, timeZone, action, testId }: { file: Attachment; url: string; timeZone: string; action?: ReactNode; testId?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="flex items-center gap-2 text-[13px]" data-testid={testId}>
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
          {t('portal.uploadedBy', {
            name: file.uploadedBy ?? '—',
            size: formatBytes(file.size, intlLocale(i18n.language)),
            date: formatDateTime(file.createdAt, timeZone, i18n.language),
          })}
        </span>
      </div>
      <a href={url} download={file.filename} className="shrink-0 text-muted-foreground hover:text-foreground" aria-hidden tabIndex={-1}>
        <Download className="size-4" />
      </a>
      {action}
    </li>
  );
}

type AttachmentUploadProps = {
  upload: (body: z.input<typeof uploadAttachmentSchema>) => Promise<unknown>;
  pending: boolean;
  label: string;
  defaultKind: AttachmentKind;
  inputTestId: string;
  hint?: string;
};

/** Pick a kind, then a file: it is checked and uploaded with progress shown in a toast. */
export function AttachmentUpload({ upload, pending, label, defaultKind, inputTestId, hint }: AttachmentUploadProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AttachmentKind>(defaultKind);
  const { inputRef, onFile } = useFileUpload(upload, kind);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Select
        size="sm"
        className="w-36"
        aria-label={t('portal.uploadKind')}
        value={kind}
        onValueChange={setKind}
        options={KINDS.map((k) => ({ value: k, label: t(`portal.kinds.${k}`) }))}
      />
      <input ref={inputRef} type="file" className="sr-only" tabIndex={-1} aria-hidden onChange={(e) => void onFile(e.target.files?.[0])} data-testid={inputTestId} />
      <Button variant="secondary" size="sm" onClick={() => inputRef.current?.click()} loading={pending}>
        {pending ? null : <Upload aria-hidden />}
        {label}
      </Button>
      {hint ? <span className="text-[12px] text-muted-foreground">{hint}</span> : null}
    </div>
  );
}

/**
 * A hidden file input's ref and its change handler: checks the size, uploads the file as base64
 * with a progress toast, says what happened, and clears the input so the same file can be picked again.
 */
function useFileUpload(upload: AttachmentUploadProps['upload'], kind: AttachmentKind) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > ATTACHMENT_MAX_BYTES) {
      toast.error(t('portal.tooLarge', { name: file.name }));
      return;
    }
    const name = safeFilename(file.name);
    const id = toast.loading(t('portal.uploading', { name }));
    try {
      await upload({ filename: name, contentType: safeContentType(file.type), kind, data: await fileToBase64(file) });
      toast.success(t('portal.uploaded', { name }), { id });
    } catch (error) {
      toast.error(errorMessage(t, error), { id });
    } finally {
      if (inputRef.current) inputRef.current.value = '';
    }
  };
  return { inputRef, onFile };
}
