import type { ReactNode } from 'react';

/** One titled block of the task drawer. */
export function Section({ title, children, action, testId }: { title: ReactNode; children: ReactNode; action?: ReactNode; testId?: string }) {
  return (
    <section className="border-t border-border px-5 py-4" data-testid={testId}>
      <div className="mb-2.5 flex items-center justify-between gap-2">
        <h3 className="text-[12.5px] font-semibold tracking-wide text-muted-foreground uppercase">{title}</h3>
        {action}
      </div>
      {children}
    </section>
  );
}
