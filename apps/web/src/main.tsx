// First: starts the first screen's requests before the rest of the code evaluates.
import { handleQueryErrors, queryClient } from './app/boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { toast } from 'sonner';
import { Providers } from './app/providers';
import { createAppRouter } from './app/router';
import { isApiError } from './lib/api-client';
import { i18next, initI18n } from './lib/i18n';
import { meQueryKey } from './lib/session';
import { applyTheme, watchSystemTheme } from './lib/theme';
import './styles.css';

initI18n();
applyTheme();
watchSystemTheme();

handleQueryErrors(onSessionLost);
const router = createAppRouter(queryClient);

/** A 401 anywhere but /me means the session ended: forget it and go to the log-in page. */
function onSessionLost(error: unknown, key?: readonly unknown[]) {
  if (!isApiError(error) || error.status !== 401) return;
  if (key && key[0] === 'me') return;
  const path = router.state.location.pathname;
  if (path === '/login' || path === '/signup' || path.startsWith('/invite/')) return;
  queryClient.clear();
  queryClient.setQueryData(meQueryKey, null);
  toast.error(i18next.t('auth.sessionExpired'), { id: 'session-expired' });
  void router.navigate({ to: '/login', search: { redirect: router.state.location.href } });
}


createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers queryClient={queryClient} router={router} />
  </StrictMode>,
);
