import type { Me } from '@rundown/domain';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { useUpdateMe } from '../../features/account/api/update-me';
import { useLogout } from '../../features/auth/api/logout';
import { toApiLocale, type Language } from '../../lib/i18n';

/** Shell-level actions shared by the sidebar, the user menu and the command palette. */
export function useSessionActions(me: Me | null | undefined) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const updateMe = useUpdateMe();

  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: () => {
        toast.success(t('auth.loggedOut'));
        void navigate({ to: '/login' });
      },
    });

  /** The language is already switched on this device; remember it on the account too. */
  const saveLanguage = (language: Language) => {
    if (!me || me.user.locale === toApiLocale(language)) return;
    updateMe.mutate({ locale: toApiLocale(language) }, { onError: () => toast.error(t('language.saveFailed')) });
  };

  return { signOut, saveLanguage };
}
