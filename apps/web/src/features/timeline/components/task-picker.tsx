import type { Task } from '@rundown/domain';
import { Check, ChevronsUpDown } from 'lucide-react';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../../lib/cn';
import { controlClasses } from '../../../components/ui/input';

const MAX_OPTIONS = 8;

export type TaskPickerProps = {
  tasks: readonly Task[];
  value: string | null;
  onChange: (taskId: string | null) => void;
  label: string;
  id?: string;
  'aria-describedby'?: string;
};

/** A searchable task combobox (events have thousands of tasks; a plain select would not do). */
export function TaskPicker({ tasks, value, onChange, label, id, ...rest }: TaskPickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const selected = value ? tasks.find((task) => task.id === value) : undefined;

  const options = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const out: Task[] = [];
    for (const task of tasks) {
      if (!q || task.title.toLocaleLowerCase().includes(q)) out.push(task);
      if (out.length >= MAX_OPTIONS) break;
    }
    return out;
  }, [tasks, query]);

  const choose = (task: Task) => {
    onChange(task.id);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setHighlight((h) => Math.min(options.length - 1, h + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setHighlight((h) => Math.max(0, h - 1));
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      const task = options[highlight];
      if (task) choose(task);
    } else if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="relative">
      <div className="relative">
        <input
          ref={inputRef}
          id={id}
          role="combobox"
          aria-label={label}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && options[highlight] ? `${listId}-${options[highlight]!.id}` : undefined}
          aria-describedby={rest['aria-describedby']}
          data-testid="task-picker"
          placeholder={selected ? selected.title : t('timeline.drawer.chooseTask')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setHighlight(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 120)}
          onKeyDown={onKeyDown}
          className={cn(controlClasses, 'h-8 w-full pr-7', selected && 'placeholder:text-foreground')}
        />
        <ChevronsUpDown className="pointer-events-none absolute top-2 right-2 size-4 text-muted-foreground" aria-hidden />
      </div>
      {open ? (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="absolute top-9 right-0 left-0 z-50 max-h-64 overflow-y-auto rounded-lg border border-border bg-surface p-1 shadow-lg"
        >
          {options.length === 0 ? <li className="px-2 py-1.5 text-[13px] text-muted-foreground">{t('timeline.drawer.noTaskMatch')}</li> : null}
          {options.map((task, index) => (
            <li
              key={task.id}
              id={`${listId}-${task.id}`}
              role="option"
              aria-selected={task.id === value}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(task);
              }}
              onMouseEnter={() => setHighlight(index)}
              className={cn(
                'flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-[13px]',
                index === highlight && 'bg-muted',
              )}
            >
              <span className="flex size-4 items-center justify-center">{task.id === value ? <Check className="size-3.5" aria-hidden /> : null}</span>
              <span className="truncate">{task.title}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
