import { useTranslation } from 'react-i18next';
import { formatClockTime } from '../../lib/format';
import { parseTimeText } from '../../lib/parse-input';
import { ParsedInput, type ParsedInputProps } from './parsed-input';

export type TimeInputProps = Omit<ParsedInputProps<string>, 'format' | 'parse' | 'step' | 'value' | 'onChange'> & {
  /** A wall-clock time, `HH:mm` (24-hour); empty string or null for none. */
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  /** Minutes one arrow press moves (default 15); Shift moves an hour. */
  stepMinutes?: number;
};

export function stepTime(value: string | null, direction: 1 | -1, minutes: number): string {
  const [h, m] = (value ?? '09:00').split(':').map(Number) as [number, number];
  const total = (((h * 60 + m + direction * minutes) % 1440) + 1440) % 1440;
  const snapped = value ? total : h * 60 + m;
  return `${String(Math.floor(snapped / 60)).padStart(2, '0')}:${String(snapped % 60).padStart(2, '0')}`;
}

/**
 * A time of day in the app's language: "19.00" (id), "19:00" or "7:00 PM" (en, the person's
 * choice). Reads "19.00", "19:00", "1900", "7pm", "7:30 PM". ↑/↓ move `stepMinutes`, Shift an hour.
 */
export function TimeInput({ value, onChange, stepMinutes = 15, ...rest }: TimeInputProps) {
  const { t, i18n } = useTranslation();
  return (
    <ParsedInput<string>
      placeholder={t('inputs.time.placeholder')}
      {...rest}
      value={value ? value : null}
      onChange={onChange}
      format={(hhmm) => {
        const [h, m] = hhmm.split(':').map(Number) as [number, number];
        return formatClockTime(h, m, i18n.language);
      }}
      parse={(text) => {
        if (!text.trim()) return { status: 'ok', value: null };
        const time = parseTimeText(text);
        return time ? { status: 'ok', value: time } : { status: 'invalid', message: t('inputs.time.invalid') };
      }}
      step={(hhmm, direction, large) => stepTime(hhmm, direction, large ? 60 : stepMinutes)}
    />
  );
}
