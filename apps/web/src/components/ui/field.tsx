import { Label as LabelPrimitive } from 'radix-ui';
import { createContext, useContext, useId, type ComponentProps, type ReactNode } from 'react';
import { cn } from '../../lib/cn';

type FieldContextValue = { id: string; describedBy: string | undefined; invalid: boolean };
const FieldContext = createContext<FieldContextValue | null>(null);

/** Controls inside a Field pick up its id, description and invalid state from here. */
export function useFieldControl() {
  return useContext(FieldContext);
}

export function Label({ className, ...props }: ComponentProps<typeof LabelPrimitive.Root>) {
  return (
    <LabelPrimitive.Root
      className={cn('text-[13px] leading-none font-medium text-foreground select-none', className)}
      {...props}
    />
  );
}

export type FieldProps = {
  label: ReactNode;
  /** Shown under the control in red and announced; wins over the hint. */
  error?: string | undefined;
  hint?: ReactNode;
  optional?: string;
  className?: string;
  id?: string;
  children: ReactNode;
};

/** A label, a control, and its hint or error text, wired together for screen readers. */
export function Field({ label, error, hint, optional, className, id: givenId, children }: FieldProps) {
  const generated = useId();
  const id = givenId ?? `f${generated.replace(/:/g, '')}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = error ? errorId : hint ? hintId : undefined;
  return (
    <FieldContext.Provider value={{ id, describedBy, invalid: Boolean(error) }}>
      <div className={cn('flex flex-col gap-1.5', className)}>
        <Label htmlFor={id}>
          {label}
          {optional ? <span className="ml-1 font-normal text-muted-foreground">({optional})</span> : null}
        </Label>
        {children}
        {error ? (
          <p id={errorId} className="text-[12.5px] text-danger" role="alert">
            {error}
          </p>
        ) : hint ? (
          <p id={hintId} className="text-[12.5px] text-muted-foreground">
            {hint}
          </p>
        ) : null}
      </div>
    </FieldContext.Provider>
  );
}
