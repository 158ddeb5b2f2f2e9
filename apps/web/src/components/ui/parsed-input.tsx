import { useId, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { cn } from '../../lib/cn';
import { controlClasses, widthClass } from './input';
import { useFieldControl } from './field';

/** What a typed text reads as: a value (null = empty), a reason it cannot be read, or readings to choose from. */
export type ParseResult<T> =
  | { status: 'ok'; value: T | null }
  | { status: 'invalid'; message: string }
  | { status: 'choose'; message: string; choices: ReadonlyArray<{ value: T; label: string }> };

export type ParsedInputProps<T> = {
  value: T | null;
  onChange: (value: T | null) => void;
  format: (value: T) => string;
  parse: (text: string) => ParseResult<T>;
  /** Arrow keys: the next value up (+1) or down (−1); `large` with Shift or PageUp/PageDown. */
  step?: (value: T | null, direction: 1 | -1, large: boolean) => T | null;
  onBlur?: () => void;
  id?: string;
  name?: string;
  disabled?: boolean;
  placeholder?: string;
  className?: string;
  inputClassName?: string;
  inputMode?: 'text' | 'numeric' | 'decimal';
  'aria-label'?: string;
  'aria-describedby'?: string;
  /** Shown inside the control before / after the text (a currency, a zone). */
  prefix?: ReactNode;
  suffix?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
  'data-testid'?: string;
};

/**
 * The base of the date, time, duration and money inputs: a text box that shows the value in
 * the app's language, reads what is typed on Enter or blur, says why when it cannot (keeping
 * the text), offers a choice when the text has two readings, steps with the arrow keys and
 * restores the value on Escape. Inside a `Field` it takes the field's id and description.
 */
export function ParsedInput<T>(props: ParsedInputProps<T>) {
  const { value, onChange, format, parse, step } = props;
  const field = useFieldControl();
  const generated = useId().replace(/:/g, '');
  const id = props.id ?? field?.id ?? `pi${generated}`;
  const messageId = `${id}-parse`;
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<Exclude<ParseResult<T>, { status: 'ok' }> | null>(null);
  const shown = editing ?? (value === null ? '' : format(value));
  const skipBlur = useRef(false);

  const accept = (next: T | null) => {
    setProblem(null);
    setEditing(null);
    if (next !== value) onChange(next);
  };

  const commit = (text: string): boolean => {
    const result = parse(text);
    if (result.status === 'ok') {
      accept(result.value);
      return true;
    }
    setProblem(result);
    return false;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      if (editing !== null && !commit(editing)) e.preventDefault();
      else if (editing !== null) e.preventDefault();
      return;
    }
    if (e.key === 'Escape' && (editing !== null || problem)) {
      e.preventDefault();
      e.stopPropagation();
      setEditing(null);
      setProblem(null);
      return;
    }
    const direction = e.key === 'ArrowUp' || e.key === 'PageUp' ? 1 : e.key === 'ArrowDown' || e.key === 'PageDown' ? -1 : 0;
    if (step && direction !== 0 && !e.altKey && !e.metaKey && !e.ctrlKey) {
      e.preventDefault();
      const read = editing === null ? null : parse(editing);
      const current = read?.status === 'ok' ? read.value : value;
      const next = step(current, direction, e.shiftKey || e.key.startsWith('Page'));
      setProblem(null);
      setEditing(next === null ? '' : format(next));
      if (next !== value) onChange(next);
    }
  };

  const describedBy = [problem ? messageId : undefined, props['aria-describedby'], field?.describedBy].filter(Boolean).join(' ') || undefined;
  const invalid = Boolean(problem) || field?.invalid;

  return (
    <div className={cn('flex flex-col gap-1', widthClass(props.className), props.className)}>
      <div
        className={cn(
          controlClasses,
          'flex h-8 items-center gap-1.5 focus-within:border-ring focus-within:outline-2 focus-within:-outline-offset-1 focus-within:outline-ring/40',
          invalid && 'border-danger focus-within:outline-danger/30',
          props.disabled && 'cursor-not-allowed opacity-60',
        )}
        data-invalid={invalid || undefined}
      >
        {props.prefix ? <span className="shrink-0 text-[12px] text-muted-foreground" aria-hidden>{props.prefix}</span> : null}
        <input
          ref={props.inputRef}
          id={id}
          name={props.name}
          type="text"
          inputMode={props.inputMode ?? 'text'}
          autoComplete="off"
          spellCheck={false}
          disabled={props.disabled}
          placeholder={props.placeholder}
          aria-label={props['aria-label']}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          data-testid={props['data-testid']}
          className={cn('h-full min-w-0 flex-1 bg-transparent tabular-nums outline-none placeholder:text-muted-foreground/80', props.inputClassName)}
          value={shown}
          onFocus={() => setEditing(shown)}
          onChange={(e) => {
            setEditing(e.target.value);
            if (problem) setProblem(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (skipBlur.current) skipBlur.current = false;
            else if (editing !== null) {
              if (!commit(editing)) setEditing(editing);
            }
            props.onBlur?.();
          }}
        />
        {props.suffix ? <span className="shrink-0 text-[12px] text-muted-foreground">{props.suffix}</span> : null}
      </div>
      {problem ? (
        <div id={messageId} role="alert" className="text-[12px] text-danger">
          {problem.message}
          {problem.status === 'choose' ? (
            <span role="group" aria-label={problem.message} className="mt-1 flex flex-wrap gap-1.5">
              {problem.choices.map((choice) => (
                <button
                  key={choice.label}
                  type="button"
                  className="rounded border border-border bg-surface px-2 py-0.5 text-[12px] text-foreground hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
                  onMouseDown={() => {
                    skipBlur.current = true;
                  }}
                  onClick={() => accept(choice.value)}
                >
                  {choice.label}
                </button>
              ))}
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
