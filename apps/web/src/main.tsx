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

/**
 * A 401 anywhere but /me means the session ended: forget it and go to the log-in page. Only a
 * session that was known can end: the first screen's early requests of a visitor who is not
 * signed in fail too, and the router sends them to the log-in page without that message.
 */
function onSessionLost(error: unknown, key?: readonly unknown[]) {
  if (!isApiError(error) || error.status !== 401) return;
  if (key && key[0] === 'me') return;
  if (!queryClient.getQueryData(meQueryKey)) return;
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
