import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Link, Outlet, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorPanel, NotFoundPanel } from '../../components/layout/state-panels';
import { Button, buttonClasses } from '../../components/ui/button';
import { errorMessage } from '../../lib/errors';

export type RouterContext = { queryClient: QueryClient };

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-[60vh] items-center justify-center" data-testid="not-found">
      <NotFoundPanel
        action={
          <Link to="/" className={buttonClasses('secondary')}>
            {t('states.goHome')}
          </Link>
        }
      />
    </div>
  );
}

export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <div className="flex min-h-[60vh] items-center justify-center">
      <ErrorPanel
        message={errorMessage(t, error)}
        action={
          <Button
            variant="secondary"
            onClick={() => {
              reset();
              void router.invalidate();
            }}
          >
            {t('common.retry')}
          </Button>
        }
      />
    </div>
  );
}
