import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../language-switcher';
import { Logo } from './logo';

/** The frame of the signed-out pages: logo, a centred card, the language control. */
export function AuthLayout({ title, subtitle, children, footer }: { title: ReactNode; subtitle?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-dvh flex-col bg-background">
      <header className="flex items-center justify-between px-5 py-4">
        <Logo />
        <LanguageSwitcher className="w-48" />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pt-[6vh] pb-16">
        <div className="w-full max-w-[400px]">
          <div className="mb-6 flex flex-col gap-1.5 text-center">
            <h1 className="text-[22px] font-semibold tracking-tight">{title}</h1>
            {subtitle ? <p className="text-[13.5px] text-muted-foreground">{subtitle}</p> : null}
          </div>
          <div className="rounded-xl border border-border bg-surface p-6 shadow-sm">{children}</div>
          {footer ? <div className="mt-5 text-center text-[13px] text-muted-foreground">{footer}</div> : null}
        </div>
      </main>
      <footer className="px-5 py-4 text-center text-[12px] text-muted-foreground">{t('auth.tagline')}</footer>
    </div>
  );
}
