import { formatMoney, type CurrencyCode } from '@rundown/domain';

const LIMIT = 50_000;
let cache = new Map<string, string>();

/**
 * The domain's `formatMoney`, remembered: it builds an Intl.NumberFormat on every call, which
 * costs more than the rest of a grid row's rendering. The same amount shows the same text.
 */
export function formatMoneyCached(amount: string | bigint, currency: CurrencyCode, locale: string): string {
  const key = `${locale}|${currency}|${amount}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = formatMoney(amount, currency, locale);
    if (cache.size >= LIMIT) cache = new Map();
    cache.set(key, text);
  }
  return text;
}
