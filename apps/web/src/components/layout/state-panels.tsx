import { AlertTriangle, Lock, SearchX } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../ui/empty-state';

export function NotFoundPanel({ action }: { action?: ReactNode }) {
  const { t } = useTranslation();
  return <EmptyState icon={SearchX} title={t('states.notFoundTitle')} body={t('states.notFoundBody')} action={action} />;
}

export function ForbiddenPanel() {
  const { t } = useTranslation();
  return <EmptyState icon={Lock} title={t('states.forbiddenTitle')} body={t('states.forbiddenBody')} />;
}

export function ErrorPanel({ message, action }: { message?: string; action?: ReactNode }) {
  const { t } = useTranslation();
  return <EmptyState icon={AlertTriangle} title={t('states.errorTitle')} body={message ?? t('states.errorBody')} action={action} />;
}
