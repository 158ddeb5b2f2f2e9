import type { ComponentProps } from 'react';
import { cn } from '../../lib/cn';
import { useFieldControl } from './field';

export const controlClasses = cn(
  'rounded-md border border-input bg-surface px-2.5 text-[13px] text-foreground shadow-xs transition-colors',
  'placeholder:text-muted-foreground/80 hover:border-muted-foreground/40',
  'focus-visible:border-ring focus-visible:outline-2 focus-visible:-outline-offset-1 focus-visible:outline-ring/40',
  'disabled:cursor-not-allowed disabled:opacity-60',
  'aria-invalid:border-danger aria-invalid:focus-visible:outline-danger/30',
);

/** Controls fill their container unless given a width of their own. */
export function widthClass(className: string | undefined): string | undefined {
  return className && /(^|\s)(\w+:)?(w-|flex-1|min-w-)/.test(className) ? undefined : 'w-full';
}

export function Input({ className, id, ...props }: ComponentProps<'input'>) {
  const field = useFieldControl();
  return (
    <input
      id={id ?? field?.id}
      aria-invalid={field?.invalid || undefined}
      aria-describedby={field?.describedBy}
      className={cn(controlClasses, widthClass(className), 'h-8', className)}
      {...props}
    />
  );
}

export function Textarea({ className, id, ...props }: ComponentProps<'textarea'>) {
  const field = useFieldControl();
  return (
    <textarea
      id={id ?? field?.id}
      aria-invalid={field?.invalid || undefined}
      aria-describedby={field?.describedBy}
      className={cn(controlClasses, widthClass(className), 'min-h-20 py-1.5 leading-relaxed', className)}
      {...props}
    />
  );
}
