import type { ReactNode } from 'react';

export function PageHeader({ title, description, actions, before }: { title: ReactNode; description?: ReactNode; actions?: ReactNode; before?: ReactNode }) {
  return (
    <header className="flex flex-col gap-3 pb-5">
      {before}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-1">
          <h1 className="truncate text-[20px] font-semibold tracking-tight">{title}</h1>
          {description ? <p className="text-[13px] text-muted-foreground">{description}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
    </header>
  );
}
