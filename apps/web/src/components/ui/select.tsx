import { Select as SelectPrimitive } from 'radix-ui';
import { Check, ChevronDown } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from '../../lib/cn';
import { controlClasses, widthClass } from './input';
import { useFieldControl } from './field';

export type SelectOption<V extends string = string> = { value: V; label: ReactNode; description?: ReactNode; disabled?: boolean };

export type SelectProps<V extends string> = {
  value: V | undefined;
  onValueChange: (value: V) => void;
  options: readonly SelectOption<V>[];
  placeholder?: string;
  /** Needed when the select has no visible Field label. */
  'aria-label'?: string;
  id?: string;
  name?: string;
  disabled?: boolean;
  className?: string;
  size?: 'sm' | 'md';
  onBlur?: () => void;
  'data-testid'?: string;
};

/** A single-choice select (Radix), styled like our inputs and labelled by its Field. */
export function Select<V extends string>({
  value,
  onValueChange,
  options,
  placeholder,
  id,
  name,
  disabled,
  className,
  size = 'md',
  onBlur,
  ...rest
}: SelectProps<V>) {
  const field = useFieldControl();
  return (
    <SelectPrimitive.Root value={value} onValueChange={(v) => onValueChange(v as V)} name={name} disabled={disabled}>
      <SelectPrimitive.Trigger
        id={id ?? field?.id}
        aria-label={rest['aria-label']}
        aria-invalid={field?.invalid || undefined}
        aria-describedby={field?.describedBy}
        data-testid={rest['data-testid']}
        onBlur={onBlur}
        className={cn(
          controlClasses,
          widthClass(className),
          'flex cursor-pointer items-center justify-between gap-2 text-left data-placeholder:text-muted-foreground',
          size === 'sm' ? 'h-7 text-[12.5px]' : 'h-8',
          className,
        )}
      >
        <span className="truncate">
          <SelectPrimitive.Value placeholder={placeholder} />
        </span>
        <SelectPrimitive.Icon>
          <ChevronDown className="size-3.5 opacity-60" aria-hidden />
        </SelectPrimitive.Icon>
      </SelectPrimitive.Trigger>
      <SelectPrimitive.Portal>
        <SelectPrimitive.Content
          position="popper"
          sideOffset={4}
          className="z-50 max-h-(--radix-select-content-available-height) min-w-(--radix-select-trigger-width) animate-in overflow-hidden rounded-lg border border-border bg-surface shadow-lg"
        >
          <SelectPrimitive.Viewport className="p-1">
            {options.map((option) => (
              <SelectPrimitive.Item
                key={option.value}
                value={option.value}
                disabled={option.disabled}
                className="relative flex cursor-pointer items-center rounded-md py-1.5 pr-2 pl-7 text-[13px] outline-none select-none data-disabled:pointer-events-none data-disabled:opacity-50 data-highlighted:bg-muted"
              >
                <span className="absolute left-2 flex size-4 items-center justify-center">
                  <SelectPrimitive.ItemIndicator>
                    <Check className="size-3.5" aria-hidden />
                  </SelectPrimitive.ItemIndicator>
                </span>
                <div className="flex flex-col">
                  <SelectPrimitive.ItemText>{option.label}</SelectPrimitive.ItemText>
                  {option.description ? (
                    <span className="text-[12px] text-muted-foreground">{option.description}</span>
                  ) : null}
                </div>
              </SelectPrimitive.Item>
            ))}
          </SelectPrimitive.Viewport>
        </SelectPrimitive.Content>
      </SelectPrimitive.Portal>
    </SelectPrimitive.Root>
  );
}
