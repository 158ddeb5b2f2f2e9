import { AlertDialog } from 'radix-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { errorMessage } from '../../lib/errors';
import { Button } from './button';
import { overlayClasses } from './dialog';

export type ConfirmDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
  tone?: 'danger' | 'primary';
};

/** "Are you sure?" for destructive actions; Cancel has initial focus so Enter never destroys by accident. */
export function ConfirmDialog({ open, onOpenChange, title, description, confirmLabel, onConfirm, pending, tone = 'danger' }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={overlayClasses} />
        <AlertDialog.Content className="fixed top-[20vh] left-1/2 z-50 w-[calc(100vw-1.5rem)] max-w-md -translate-x-1/2 animate-in rounded-xl border border-border bg-surface p-5 shadow-2xl outline-none">
          <AlertDialog.Title className="text-[15px] font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-[13px] text-muted-foreground">{description}</AlertDialog.Description>
          <div className="mt-5 flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary">{t('common.cancel')}</Button>
            </AlertDialog.Cancel>
            <Button
              variant={tone === 'danger' ? 'danger' : 'primary'}
              loading={pending}
              onClick={(e) => {
                e.preventDefault();
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

type ConfirmRemovalDialogProps<T> = {
  /** What is about to be removed; null keeps the dialog closed. */
  item: T | null;
  onClose: () => void;
  title: (item: T | null) => ReactNode;
  description: ReactNode;
  /** The toast once it is gone. */
  removed: (item: T) => string;
  remove: (item: T) => Promise<unknown>;
  pending: boolean;
};

/** Confirms removing one item, removes it, and says so in a toast (or says why not, leaving the dialog open). */
export function ConfirmRemovalDialog<T>({ item, onClose, title, description, removed, remove, pending }: ConfirmRemovalDialogProps<T>) {
  const { t } = useTranslation();
  const onConfirm = async () => {
    if (item === null) return;
    try {
      await remove(item);
      toast.success(removed(item));
      onClose();
    } catch (error) {
      toast.error(errorMessage(t, error));
    }
  };
  return (
    <ConfirmDialog
      open={item !== null}
      onOpenChange={(open) => !open && onClose()}
      title={title(item)}
      description={description}
      confirmLabel={t('common.delete')}
      pending={pending}
      onConfirm={() => void onConfirm()}
    />
  );
}
