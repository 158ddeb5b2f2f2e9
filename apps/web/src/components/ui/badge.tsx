import type { ComponentProps } from 'react';
import { cn } from '../../lib/cn';

const tones = {
  neutral: 'bg-muted text-muted-foreground ring-border',
  primary: 'bg-primary/10 text-primary ring-primary/20',
  success: 'bg-success/12 text-success ring-success/25',
  warning: 'bg-warning/15 text-[color-mix(in_oklch,var(--warning)_70%,var(--foreground))] ring-warning/30',
  danger: 'bg-danger/10 text-danger ring-danger/20',
  info: 'bg-accent text-accent-foreground ring-primary/15',
} as const;
export type BadgeTone = keyof typeof tones;

export function Badge({ tone = 'neutral', dot, className, children, ...props }: ComponentProps<'span'> & { tone?: BadgeTone; dot?: boolean }) {
  return (
    <span
      className={cn(
        'inline-flex h-5 items-center gap-1.5 rounded-full px-2 text-[11.5px] font-medium whitespace-nowrap ring-1 ring-inset',
        tones[tone],
        className,
      )}
      {...props}
    >
      {dot ? <span className="size-1.5 rounded-full bg-current" aria-hidden /> : null}
      {children}
    </span>
  );
}
