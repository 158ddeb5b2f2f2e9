import type { uploadAttachmentSchema } from '@rundown/domain';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { z } from 'zod';
import { errorMessage } from '../../../lib/errors';
import { ATTACHMENT_MAX_BYTES, fileToBase64, safeContentType, safeFilename } from './files';

type Upload = (body: z.input<typeof uploadAttachmentSchema>) => Promise<unknown>;

/**
 * A hidden file input's ref and its change handler: checks the size, uploads the file as base64
 * with a progress toast, says what happened, and clears the input so the same file can be picked again.
 */
export function useFileUpload(upload: Upload, kind: z.input<typeof uploadAttachmentSchema>['kind']) {
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
