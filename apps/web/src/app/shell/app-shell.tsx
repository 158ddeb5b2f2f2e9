import type { Me } from '@rundown/domain';
import { Link, Outlet, useParams, useRouter, useRouterState } from '@tanstack/react-router';
import { ClipboardList, Menu, Search, X } from 'lucide-react';
import { Dialog as DialogPrimitive } from 'radix-ui';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../components/language-switcher';
import { Logo } from '../../components/layout/logo';
import { Button } from '../../components/ui/button';
import { overlayClasses } from '../../components/ui/dialog';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { cn } from '../../lib/cn';
import type { Language } from '../../lib/i18n';
import { defaultOrgId, rememberOrg, useMe } from '../../lib/session';
import { navItemsFor } from './nav-items';
import { OrgSwitcher } from './org-switcher';
import { ThemeMenu } from './theme-menu';
import { useSessionActions } from './use-session-actions';
import { UserMenu } from './user-menu';

/** The palette's code loads the first time it is opened, not with every page. */
const CommandPalette = lazy(() => import('./command-palette').then((m) => ({ default: m.CommandPalette })));

/** The signed-in frame: sidebar on wide screens, top bar + drawer on narrow ones. */
export function AppShell() {
  const { t } = useTranslation();
  const router = useRouter();
  const { data: me } = useMe();
  const params = useParams({ strict: false }) as { orgId?: string };
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [paletteUsed, setPaletteUsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const { signOut, saveLanguage } = useSessionActions(me);

  // Close the drawer after navigating.
  useEffect(() => setDrawerOpen(false), [pathname]);
  useEffect(() => {
    if (params.orgId) rememberOrg(params.orgId);
  }, [params.orgId]);
  // Ctrl/⌘+K opens and closes the command palette from anywhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setPaletteOpen((open) => !open);
        setPaletteUsed(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // Once opened, the palette stays mounted, so opening it again is instant.
  const openPalette = () => {
    setPaletteOpen(true);
    setPaletteUsed(true);
  };

  if (!me) return null;
  const orgId = params.orgId ?? defaultOrgId(me);

  const sidebar = (
    <SidebarContent
      me={me}
      orgId={orgId}
      onOpenPalette={openPalette}
      onSignOut={signOut}
      onLanguageChange={saveLanguage}
    />
  );

  return (
    <div className="flex min-h-dvh bg-background">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-surface px-3 py-2 focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:shadow-lg"
      >
        {t('nav.skipToContent')}
      </a>

      <aside className="sticky top-0 hidden h-dvh w-60 shrink-0 flex-col border-r border-border bg-sidebar md:flex">{sidebar}</aside>

      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-30 flex h-12 items-center gap-2 border-b border-border bg-background/90 px-3 backdrop-blur md:hidden">
          <DialogPrimitive.Root open={drawerOpen} onOpenChange={setDrawerOpen}>
            <DialogPrimitive.Trigger asChild>
              <Button variant="ghost" size="icon" aria-label={t('nav.openMenu')} data-testid="open-menu">
                <Menu aria-hidden />
              </Button>
            </DialogPrimitive.Trigger>
            <DialogPrimitive.Portal>
              <DialogPrimitive.Overlay className={overlayClasses} />
              <DialogPrimitive.Content
                aria-describedby={undefined}
                className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] animate-in flex-col border-r border-border bg-sidebar shadow-2xl outline-none"
              >
                <DialogPrimitive.Title className="sr-only">{t('nav.main')}</DialogPrimitive.Title>
                <DialogPrimitive.Close asChild>
                  <Button variant="ghost" size="icon-sm" className="absolute top-3 right-3" aria-label={t('nav.closeMenu')}>
                    <X aria-hidden />
                  </Button>
                </DialogPrimitive.Close>
                {sidebar}
              </DialogPrimitive.Content>
            </DialogPrimitive.Portal>
          </DialogPrimitive.Root>
          <Logo />
          <div className="flex-1" />
          <Button variant="ghost" size="icon" aria-label={t('command.title')} onClick={openPalette}>
            <Search aria-hidden />
          </Button>
          <NotificationBell onNavigate={(link) => router.history.push(link)} side="bottom" />
        </header>

        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-[1400px] flex-1 px-4 py-6 outline-none sm:px-6 lg:px-8">
          <Outlet />
        </main>
      </div>

      {paletteUsed ? (
        <Suspense fallback={null}>
          <CommandPalette
            open={paletteOpen}
            onOpenChange={setPaletteOpen}
            me={me}
            orgId={orgId}
            onSignOut={signOut}
            onLanguageChange={saveLanguage}
          />
        </Suspense>
      ) : null}
    </div>
  );
}

type SidebarContentProps = {
  me: Me;
  orgId: string | undefined;
  onOpenPalette: () => void;
  onSignOut: () => void;
  onLanguageChange: (language: Language) => void;
};

function SidebarContent({ me, orgId, onOpenPalette, onSignOut, onLanguageChange }: SidebarContentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  const role = me.memberships.find((m) => m.organizationId === orgId)?.role;
  const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <div className="flex h-full flex-col gap-3 p-3">
      <div className="pr-8 md:pr-0">
        <OrgSwitcher me={me} orgId={orgId} />
      </div>

      <button
        type="button"
        onClick={onOpenPalette}
        className="flex h-8 cursor-pointer items-center gap-2 rounded-md border border-border bg-surface px-2.5 text-[13px] text-muted-foreground shadow-xs hover:border-muted-foreground/40"
      >
        <Search className="size-3.5" aria-hidden />
        <span className="flex-1 truncate text-left whitespace-nowrap">{t('shell.commandHint')}</span>
        <kbd className="rounded border border-border bg-muted px-1 font-sans text-[11px]">{isMac ? '⌘K' : 'Ctrl K'}</kbd>
      </button>

      <nav aria-label={t('nav.main')} className="flex flex-col gap-0.5">
        {role === 'vendor' ? (
          <Link
            to="/my-tasks"
            data-testid="nav-my-tasks"
            className={cn(
              'flex h-8 items-center gap-2.5 rounded-md px-2.5 text-[13px] font-medium text-muted-foreground transition-colors hover:bg-muted hover:text-foreground',
              '[&.active]:bg-accent [&.active]:text-accent-foreground',
            )}
            activeProps={{ className: 'active' }}
          >
            <ClipboardList className="size-4" aria-hidden />
            {t('portal.title')}
          </Link>
        ) : null}
        {orgId && role
          ? navItemsFor(role).map((item) => (
              <Link
                key={item.key}
                to={item.to}
                params={{ orgId }}
                data-testid={`nav-${item.key}`}
                className={cn(
                  'flex h-8 items-center gap-2.5 rounded-md px-2.5 text-[13px] font-medium text-muted-foreground transition-colors hover:bg-muted hover:text-foreground',
                  '[&.active]:bg-accent [&.active]:text-accent-foreground',
                )}
                activeProps={{ className: 'active' }}
              >
                <item.icon className="size-4" aria-hidden />
                {t(`nav.${item.key}`)}
              </Link>
            ))
          : null}
      </nav>

      <div className="mt-auto flex flex-col gap-2 border-t border-border pt-3">
        <LanguageSwitcher onChange={onLanguageChange} />
        <div className="flex items-center gap-1">
          <UserMenu me={me} onSignOut={onSignOut} />
          <span className="hidden md:contents">
            <NotificationBell onNavigate={(link) => router.history.push(link)} side="top" />
          </span>
          <ThemeMenu />
        </div>
      </div>
    </div>
  );
}
