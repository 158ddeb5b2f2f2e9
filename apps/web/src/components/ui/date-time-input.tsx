import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../lib/cn';
import { formatZone } from '../../lib/format';
import { DateInput } from './date-input';
import { useFieldControl } from './field';
import { TimeInput } from './time-input';

export type DateTimeInputProps = {
  /** A wall-clock date and time in `timeZone`, `YYYY-MM-DDTHH:mm` (what `toZonedLocal` gives); '' or null for none. */
  value: string | null | undefined;
  onChange: (value: string) => void;
  /** The zone the wall clock is read in; its name is shown beside the time (WIB / WIB (UTC+7)). */
  timeZone?: string;
  /** Time used when only a date is entered (default 09:00). */
  defaultTime?: string;
  onBlur?: () => void;
  id?: string;
  name?: string;
  disabled?: boolean;
  className?: string;
  'aria-label'?: string;
  'data-testid'?: string;
};

/**
 * A date and a time side by side, both in the app's language, with the zone named after them.
 * Replaces `<input type="datetime-local">`, which renders in the browser's locale. The value
 * stays the `YYYY-MM-DDTHH:mm` string forms already convert with `fromZonedLocal`.
 */
export function DateTimeInput({ value, onChange, timeZone, defaultTime = '09:00', className, ...rest }: DateTimeInputProps) {
  const { t, i18n } = useTranslation();
  const field = useFieldControl();
  const id = rest.id ?? field?.id;
  const [date, time] = value ? [value.slice(0, 10), value.slice(11, 16)] : [null, null];
  const [pendingTime, setPendingTime] = useState<string | null>(null);
  const label = rest['aria-label'];
  return (
    <div role="group" aria-label={label} className={cn('flex flex-wrap items-start gap-1.5', className)} data-testid={rest['data-testid']}>
      <DateInput
        id={id}
        name={rest.name ? `${rest.name}-date` : undefined}
        className="min-w-[8.5rem] flex-1"
        aria-label={label ? `${label} · ${t('inputs.dateTime.date')}` : undefined}
        disabled={rest.disabled}
        value={date}
        onChange={(d) => onChange(d ? `${d}T${time ?? pendingTime ?? defaultTime}` : '')}
        onBlur={rest.onBlur}
      />
      <TimeInput
        id={id ? `${id}-time` : undefined}
        name={rest.name ? `${rest.name}-time` : undefined}
        className="w-[6.75rem]"
        aria-label={`${label ? `${label} · ` : ''}${t('inputs.dateTime.time')}`}
        disabled={rest.disabled}
        value={time ?? pendingTime}
        onChange={(tm) => {
          if (date && tm) onChange(`${date}T${tm}`);
          else setPendingTime(tm);
        }}
        onBlur={rest.onBlur}
      />
      {timeZone ? <span className="self-center text-[12px] whitespace-nowrap text-muted-foreground">{formatZone(timeZone, i18n.language)}</span> : null}
    </div>
  );
}
