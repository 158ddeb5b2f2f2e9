import type { BudgetLine } from '@rundown/domain';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldControl } from '../../../../components/ui/field';
import { controlClasses } from '../../../../components/ui/input';
import { cn } from '../../../../lib/cn';

const SHOWN = 50;

export function lineLabel(line: Pick<BudgetLine, 'description' | 'accountCode' | 'vendor'>): string {
  return [line.accountCode, line.description, line.vendor].filter(Boolean).join(' · ');
}

/** A searchable list of the budget's lines (there may be thousands): type to narrow, arrows and Enter to pick. */
export function LinePicker({ lines, value, onChange }: { lines: readonly BudgetLine[]; value: string | null; onChange: (lineId: string) => void }) {
  const { t } = useTranslation();
  const field = useFieldControl();
  const listId = useId();
  const selected = lines.find((l) => l.id === value);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const text = query ?? (selected ? lineLabel(selected) : '');
  const matches = useMemo(() => {
    const q = (query ?? '').trim().toLowerCase();
    const found = q ? lines.filter((l) => lineLabel(l).toLowerCase().includes(q)) : lines;
    return { shown: found.slice(0, SHOWN), more: Math.max(0, found.length - SHOWN) };
  }, [lines, query]);

  const pick = (line: BudgetLine) => {
    onChange(line.id);
    setQuery(null);
    setOpen(false);
  };

  return (
    <div className="relative">
      <input
        id={field?.id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={field?.invalid || undefined}
        aria-describedby={field?.describedBy}
        aria-activedescendant={open && matches.shown[active] ? `${listId}-${matches.shown[active]!.id}` : undefined}
        placeholder={t('budgets.spending.form.lineSearch')}
        value={text}
        autoComplete="off"
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 120)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, matches.shown.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && open && matches.shown[active]) {
            e.preventDefault();
            pick(matches.shown[active]!);
          } else if (e.key === 'Escape' && open) {
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
            setQuery(null);
          }
        }}
        className={cn(controlClasses, 'h-8 w-full')}
        data-testid="line-picker"
      />
      {open ? (
        <ul
          id={listId}
          role="listbox"
          aria-label={t('budgets.spending.form.line')}
          className="absolute z-50 mt-1 max-h-64 w-full overflow-y-auto rounded-lg border border-border bg-surface p-1 shadow-lg"
        >
          {matches.shown.length === 0 ? <li className="px-2 py-1.5 text-[13px] text-muted-foreground">{t('budgets.spending.form.noLines')}</li> : null}
          {matches.shown.map((line, i) => (
            <li
              key={line.id}
              id={`${listId}-${line.id}`}
              role="option"
              aria-selected={line.id === value}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(line);
              }}
              onMouseEnter={() => setActive(i)}
              className={cn('cursor-pointer truncate rounded-md px-2 py-1.5 text-[13px]', i === active && 'bg-muted', line.id === value && 'font-medium')}
            >
              {lineLabel(line)}
            </li>
          ))}
          {matches.more > 0 ? <li className="px-2 py-1.5 text-[12px] text-muted-foreground">{t('budgets.spending.form.moreLines', { count: matches.more })}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
