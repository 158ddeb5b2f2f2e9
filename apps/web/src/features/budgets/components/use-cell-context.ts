import type { CurrencyCode, FringeRuleDto, LineUnit } from '@rundown/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../lib/i18n';
import type { CellContext } from '../utils/grid-columns';

/** How cells read and write values for the current language, budget currency and fringe rules. */
export function useCellContext(budgetCurrency: CurrencyCode, fringes: readonly FringeRuleDto[]): CellContext {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      locale: intlLocale(language),
      budgetCurrency,
      fringes,
      unitLabel: (unit: LineUnit) => t(`budgets.units.${unit}`),
    }),
    // `t` changes identity with the language.
    [language, budgetCurrency, fringes, t],
  );
}
