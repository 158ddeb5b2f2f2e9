import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { Toaster } from 'sonner';
import { useTranslation } from 'react-i18next';
import { useTheme } from '../lib/theme';
import type { createAppRouter } from './router';

function AppToaster() {
  const { t } = useTranslation();
  const { resolved } = useTheme();
  return (
    <Toaster
      theme={resolved}
      position="bottom-right"
      closeButton
      richColors
      containerAriaLabel={t('shell.notifications')}
      toastOptions={{ className: 'font-sans text-[13px]' }}
    />
  );
}

export function Providers({ queryClient, router }: { queryClient: QueryClient; router: ReturnType<typeof createAppRouter> }) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <AppToaster />
    </QueryClientProvider>
  );
}
