import { useTranslation } from 'react-i18next';
import { formatCalendarDay } from '../../lib/format';
import { parseDateText } from '../../lib/parse-input';
import { ParsedInput, type ParsedInputProps } from './parsed-input';

export type DateInputProps = Omit<ParsedInputProps<string>, 'format' | 'parse' | 'step' | 'value' | 'onChange'> & {
  /** A calendar day, `YYYY-MM-DD`; empty string or null for none. */
  value: string | null | undefined;
  onChange: (value: string | null) => void;
};

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function addMonths(day: string, months: number): string {
  const [y, m, dd] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(dd, last));
  return target.toISOString().slice(0, 10);
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A calendar day typed in the app's language, never the browser's: shows "25 Des 2026" /
 * "25 Dec 2026"; reads "25/12/2026", "25-12", "25 des", "Dec 25 2026", "2026-12-25".
 * ↑/↓ move a day, Shift+↑/↓ or PageUp/PageDown a month. Value: `YYYY-MM-DD` or null.
 */
export function DateInput({ value, onChange, ...rest }: DateInputProps) {
  const { t, i18n } = useTranslation();
  return (
    <ParsedInput<string>
      placeholder={t('inputs.date.placeholder')}
      {...rest}
      value={value ? value : null}
      onChange={onChange}
      format={(day) => formatCalendarDay(day, i18n.language)}
      parse={(text) => {
        if (!text.trim()) return { status: 'ok', value: null };
        const day = parseDateText(text);
        return day ? { status: 'ok', value: day } : { status: 'invalid', message: t('inputs.date.invalid') };
      }}
      step={(day, direction, large) => (large ? addMonths(day ?? today(), direction) : addDays(day ?? today(), day ? direction : 0))}
    />
  );
}
