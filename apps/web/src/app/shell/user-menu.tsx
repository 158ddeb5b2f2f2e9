import type { Me } from '@rundown/domain';
import { Link } from '@tanstack/react-router';
import { ChevronsUpDown, ClipboardList, Clock, LogOut, UserRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../components/ui/dropdown-menu';
import { hourCyclePreference, setHourCyclePreference } from '../../lib/format';

export function initialsOf(name: string): string {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((p) => p[0]?.toUpperCase())
      .join('') || '?'
  );
}

export function UserMenu({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
  const { t, i18n } = useTranslation();
  const twelve = hourCyclePreference() === 'h12';
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={t('shell.userMenu')}
        data-testid="user-menu"
        className="flex min-w-0 flex-1 cursor-pointer items-center gap-2 rounded-md px-1.5 py-1 text-left hover:bg-muted data-[state=open]:bg-muted"
      >
        <span aria-hidden className="flex size-6 shrink-0 items-center justify-center rounded-full bg-primary text-[10.5px] font-semibold text-primary-foreground">
          {initialsOf(me.user.name)}
        </span>
        <span className="min-w-0 flex-1 truncate text-[13px] font-medium">{me.user.name}</span>
        <ChevronsUpDown className="size-3.5 shrink-0 text-muted-foreground" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" side="top" className="w-56">
        <DropdownMenuLabel className="flex flex-col gap-0.5">
          <span className="text-[13px] text-foreground">{me.user.name}</span>
          <span className="truncate font-normal">{me.user.email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link to="/my-tasks" data-testid="open-my-tasks">
            <ClipboardList aria-hidden />
            {t('portal.openOthers')}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link to="/account">
            <UserRound aria-hidden />
            {t('nav.account')}
          </Link>
        </DropdownMenuItem>
        {i18n.language === 'en' ? (
          <DropdownMenuItem
            data-testid="toggle-clock"
            onSelect={() => {
              setHourCyclePreference(twelve ? 'h23' : 'h12');
              // Every formatter reads the choice; re-rendering the translated tree shows it everywhere.
              void i18n.changeLanguage(i18n.language);
            }}
          >
            <Clock aria-hidden />
            {twelve ? t('shell.clock24') : t('shell.clock12')}
          </DropdownMenuItem>
        ) : null}
        <DropdownMenuItem onSelect={onSignOut}>
          <LogOut aria-hidden />
          {t('auth.logout')}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
