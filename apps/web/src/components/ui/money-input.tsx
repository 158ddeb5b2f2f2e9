import { currencyExponent, parseMoneyAmount, type CurrencyCode } from '@rundown/domain';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../lib/i18n';
import { formatMinorPlain } from '../../lib/number-format';
import { ParsedInput, type ParsedInputProps } from './parsed-input';
import type { TFunction } from 'i18next';

export type MoneyInputProps = Omit<ParsedInputProps<string>, 'format' | 'parse' | 'step' | 'prefix' | 'inputMode'> & {
  currency: CurrencyCode;
  /** Refuse amounts below zero (default true). */
  nonNegative?: boolean;
};

/** An amount in minor units written the app's way, without a symbol: "11.500.000" / "11,500,000"; negatives with "−". */
export function formatMinorAmount(minor: string | bigint, currency: CurrencyCode, language: string): string {
  return formatMinorPlain(minor, currency, intlLocale(language)).replace(/^-/, '−');
}

/**
 * Reads an amount the way `parseMoneyAmount` does (by the data, in either language) and turns
 * its verdict into words: what format it expected, or which readings to choose from.
 */
export function readMoney(text: string, currency: CurrencyCode, language: string, t: TFunction, nonNegative = true) {
  const result = parseMoneyAmount(text, currency);
  if (result.status === 'ok') {
    if (nonNegative && result.value < 0n) return { status: 'invalid' as const, message: t('inputs.money.invalid') };
    return { status: 'ok' as const, value: result.value.toString() };
  }
  if (result.status === 'ambiguous') {
    return {
      status: 'choose' as const,
      message: t('inputs.money.ambiguous'),
      choices: result.readings.map((r) => ({
        value: r.value.toString(),
        label: t(`inputs.money.${r.meaning}`, { amount: formatMinorAmount(r.value, currency, language) }),
      })),
    };
  }
  if (result.reason === 'empty') return { status: 'ok' as const, value: null };
  if (result.reason === 'precision') return { status: 'invalid' as const, message: t('inputs.money.precision', { currency, count: currencyExponent(currency) }) };
  if (result.reason === 'range') return { status: 'invalid' as const, message: t('inputs.money.range') };
  return { status: 'invalid' as const, message: t('inputs.money.invalid') };
}

/**
 * An amount of money in minor units (a decimal string, as the API takes it). The currency
 * code stands before the number; the number is grouped the app's way. Typing "11,5 jt",
 * "Rp 11.500.000" or "12.000.000,00" works in either language; "2M" asks miliar or million.
 */
export function MoneyInput({ currency, nonNegative = true, ...rest }: MoneyInputProps) {
  const { t, i18n } = useTranslation();
  return (
    <ParsedInput<string>
      inputMode="decimal"
      {...rest}
      inputClassName="text-right"
      prefix={currency}
      format={(minor) => formatMinorAmount(minor, currency, i18n.language)}
      parse={(text) => readMoney(text, currency, i18n.language, t, nonNegative)}
    />
  );
}
