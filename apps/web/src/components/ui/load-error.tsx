import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { Alert } from './alert';
import { Button } from './button';

/** A list or card that failed to load: "<what failed> <why>", with a Retry button when `onRetry` is given. */
export function LoadError({ message, error, onRetry }: { message: string; error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="p-4">
      <Alert
        action={
          onRetry ? (
            <Button size="sm" variant="secondary" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          ) : undefined
        }
      >
        {`${message} ${errorMessage(t, error)}`}
      </Alert>
    </div>
  );
}
