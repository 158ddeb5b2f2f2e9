import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../lib/format';
import { parseDurationText } from '../../lib/parse-input';
import { ParsedInput, type ParsedInputProps } from './parsed-input';

export type DurationInputProps = Omit<ParsedInputProps<number>, 'format' | 'parse' | 'step'> & {
  /** Minutes one arrow press moves (default 1); Shift moves 5. */
  stepMinutes?: number;
  /** Show seconds ("4 min 30 s"); off, lengths read in whole minutes. */
  seconds?: boolean;
};

/**
 * A length of time in seconds, shown and read in words ("5 mnt", "1 j 30 mnt" / "5 min",
 * "1 h 30 min") so it can never be mistaken for a clock time. Reads "5", "90m", "1j30",
 * "1 h 30 min", "4:30" (4 min 30 s). ↑/↓ add or remove a minute, Shift five.
 */
export function DurationInput({ stepMinutes = 1, seconds, ...rest }: DurationInputProps) {
  const { t, i18n } = useTranslation();
  return (
    <ParsedInput<number>
      placeholder={t('inputs.duration.placeholder')}
      {...rest}
      format={(s) => formatDuration(s, i18n.language, { seconds })}
      parse={(text) => {
        if (!text.trim()) return { status: 'ok', value: null };
        const s = parseDurationText(text);
        return s === null ? { status: 'invalid', message: t('inputs.duration.invalid') } : { status: 'ok', value: s };
      }}
      step={(s, direction, large) => Math.max(0, (s ?? 0) + direction * (large ? 5 : stepMinutes) * 60)}
    />
  );
}
