import { can, type Me } from '@rundown/domain';
import { useNavigate, useParams } from '@tanstack/react-router';
import { Command } from 'cmdk';
import { Building2, CalendarRange, ClipboardCheck, ClipboardList, Clapperboard, FileUp, GitCompare, Languages, ListPlus, LogOut, Monitor, Moon, Plus, Sheet, Sun, UserRound, Wallet } from 'lucide-react';
import { Dialog as DialogPrimitive } from 'radix-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { overlayClasses } from '../../components/ui/dialog';
import { currentLanguage, setLanguage, type Language } from '../../lib/i18n';
import { THEMES, useTheme } from '../../lib/theme';
import { navItemsFor } from './nav-items';

export type CommandPaletteProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  me: Me;
  orgId: string | undefined;
  onSignOut: () => void;
  onLanguageChange: (language: Language) => void;
};

/** Ctrl/⌘+K (the shell listens): jump anywhere, create an event, switch organization, theme or language. */
export function CommandPalette({ open, onOpenChange, me, orgId, onSignOut, onLanguageChange }: CommandPaletteProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { setTheme } = useTheme();
  const role = me.memberships.find((m) => m.organizationId === orgId)?.role;
  // Inside an event (its page or its budget), the budget's views are one command away.
  const { eventId } = useParams({ strict: false }) as { eventId?: string };
  const budgetTo = '/orgs/$orgId/events/$eventId/budget' as const;

  const run = (action: () => void) => () => {
    onOpenChange(false);
    action();
  };
  const other: Language = currentLanguage() === 'id' ? 'en' : 'id';

  return (
    <DialogPrimitive.Root open={open} onOpenChange={onOpenChange}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className={overlayClasses} />
        <DialogPrimitive.Content
          className="fixed top-[14vh] left-1/2 z-50 w-[calc(100vw-1.5rem)] max-w-xl -translate-x-1/2 animate-in overflow-hidden rounded-xl border border-border bg-surface shadow-2xl outline-none"
          aria-describedby={undefined}
        >
          <DialogPrimitive.Title className="sr-only">{t('command.title')}</DialogPrimitive.Title>
          <Command label={t('command.title')} className="flex flex-col" loop>
            <Command.Input
              autoFocus
              placeholder={t('command.placeholder')}
              className="h-12 border-b border-border bg-transparent px-4 text-[14px] outline-none placeholder:text-muted-foreground"
            />
            <Command.List className="max-h-[50vh] overflow-y-auto p-1.5">
              <Command.Empty className="px-3 py-8 text-center text-[13px] text-muted-foreground">{t('command.empty')}</Command.Empty>
              {orgId && role ? (
                <Group heading={t('command.actions')}>
                  {can(role, 'events.write') ? (
                    <Item onSelect={run(() => void navigate({ to: '/orgs/$orgId/events', params: { orgId }, search: { new: true } }))}>
                      <Plus aria-hidden />
                      {t('command.newEvent')}
                    </Item>
                  ) : null}
                </Group>
              ) : null}
              {orgId && role && eventId && can(role, 'budgets.read') ? (
                <Group heading={t('budgets.title')}>
                  <Item onSelect={run(() => void navigate({ to: budgetTo, params: { orgId, eventId } }))}>
                    <Wallet aria-hidden />
                    {t('command.budget')}
                  </Item>
                  <Item onSelect={run(() => void navigate({ to: budgetTo, params: { orgId, eventId }, search: { tab: 'top-sheet' } }))}>
                    <Sheet aria-hidden />
                    {t('command.budgetTopSheet')}
                  </Item>
                  <Item onSelect={run(() => void navigate({ to: budgetTo, params: { orgId, eventId }, search: { tab: 'spending' } }))}>
                    <ClipboardCheck aria-hidden />
                    {t('command.budgetSpending')}
                  </Item>
                  <Item onSelect={run(() => void navigate({ to: budgetTo, params: { orgId, eventId }, search: { tab: 'baselines' } }))}>
                    <GitCompare aria-hidden />
                    {t('command.budgetBaselines')}
                  </Item>
                  {can(role, 'budgets.write') ? (
                    <Item onSelect={run(() => void navigate({ to: budgetTo, params: { orgId, eventId }, search: { import: true } }))}>
                      <FileUp aria-hidden />
                      {t('command.importBudget')}
                    </Item>
                  ) : null}
                </Group>
              ) : null}
              {orgId && role && eventId && can(role, 'schedule.read') ? (
                <Group heading={t('timeline.command.group')}>
                  <Item onSelect={run(() => void navigate({ to: '/orgs/$orgId/events/$eventId/timeline', params: { orgId, eventId } }))}>
                    <CalendarRange aria-hidden />
                    {t('timeline.command.timeline')}
                  </Item>
                  {can(role, 'schedule.write') ? (
                    <Item onSelect={run(() => void navigate({ to: '/orgs/$orgId/events/$eventId/timeline', params: { orgId, eventId }, search: { new: true } }))}>
                      <ListPlus aria-hidden />
                      {t('timeline.command.newTask')}
                    </Item>
                  ) : null}
                  <Item onSelect={run(() => void navigate({ to: '/orgs/$orgId/events/$eventId/rundown', params: { orgId, eventId } }))}>
                    <Clapperboard aria-hidden />
                    {t('timeline.command.rundown')}
                  </Item>
                </Group>
              ) : null}
              {orgId && role ? (
                <Group heading={t('command.navigation')}>
                  {navItemsFor(role).map((item) => (
                    <Item key={item.key} onSelect={run(() => void navigate({ to: item.to, params: { orgId } }))}>
                      <item.icon aria-hidden />
                      {t(`nav.${item.key}`)}
                    </Item>
                  ))}
                  <Item onSelect={run(() => void navigate({ to: '/my-tasks' }))}>
                    <ClipboardList aria-hidden />
                    {t('timeline.command.myTasks')}
                  </Item>
                  <Item onSelect={run(() => void navigate({ to: '/account' }))}>
                    <UserRound aria-hidden />
                    {t('nav.account')}
                  </Item>
                </Group>
              ) : null}
              {me.memberships.length > 1 ? (
                <Group heading={t('command.organizations')}>
                  {me.memberships
                    .filter((m) => m.organizationId !== orgId)
                    .map((m) => (
                      <Item
                        key={m.organizationId}
                        value={`org ${m.organizationName} ${m.organizationId}`}
                        onSelect={run(() => void navigate({ to: '/orgs/$orgId', params: { orgId: m.organizationId } }))}
                      >
                        <Building2 aria-hidden />
                        {t('command.switchTo', { name: m.organizationName })}
                      </Item>
                    ))}
                </Group>
              ) : null}
              <Group heading={t('command.preferences')}>
                <Item
                  onSelect={run(() => {
                    void setLanguage(other);
                    onLanguageChange(other);
                  })}
                >
                  <Languages aria-hidden />
                  {t('command.languageTo', { language: t(`language.${other}`) })}
                </Item>
                {THEMES.map((theme) => {
                  const Icon = theme === 'light' ? Sun : theme === 'dark' ? Moon : Monitor;
                  return (
                    <Item key={theme} onSelect={run(() => setTheme(theme))}>
                      <Icon aria-hidden />
                      {t('command.themeTo', { theme: t(`theme.${theme}`) })}
                    </Item>
                  );
                })}
                <Item onSelect={run(onSignOut)}>
                  <LogOut aria-hidden />
                  {t('command.logout')}
                </Item>
              </Group>
            </Command.List>
          </Command>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}

function Group({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <Command.Group
      heading={heading}
      className="[&_[cmdk-group-heading]]:px-2.5 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:text-[11.5px] [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-muted-foreground"
    >
      {children}
    </Command.Group>
  );
}

function Item({ children, onSelect, value }: { children: ReactNode; onSelect: () => void; value?: string }) {
  return (
    <Command.Item
      onSelect={onSelect}
      value={value}
      className="flex cursor-pointer items-center gap-2.5 rounded-md px-2.5 py-2 text-[13px] data-[selected=true]:bg-muted [&_svg]:size-4 [&_svg]:text-muted-foreground"
    >
      {children}
    </Command.Item>
  );
}
