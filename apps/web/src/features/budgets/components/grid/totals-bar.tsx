import { memo } from 'react';
import type { BudgetSummary, CurrencyCode } from '@rundown/domain';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../../components/ui/badge';
import { cn } from '../../../../lib/cn';
import { formatMoney, formatNumber, formatPercent } from '../../../../lib/format';
import { intlLocale } from '../../../../lib/i18n';
import type { DerivedTotals } from '../../utils/grid-model';

export type TotalsBarProps = {
  summary: BudgetSummary | undefined;
  currency: CurrencyCode;
  /** Totals of the lines shown when filters are on. */
  filtered: { lines: number; totals: DerivedTotals } | null;
};

/** The budget's totals, always in view under the grid; over budget in red. */
export const TotalsBar = memo(function TotalsBar({ summary, currency, filtered }: TotalsBarProps) {
  const { t, i18n } = useTranslation();
  const money = (v: string | bigint) => formatMoney(v, currency, i18n.language);
  const locale = intlLocale(i18n.language);
  const totals = summary?.totals;
  const item = (key: string, label: string, value: string | undefined, tone?: 'danger') => (
    <div className="flex min-w-0 flex-col" data-testid={`total-${key}`}>
      <dt className="text-[11.5px] text-muted-foreground">{label}</dt>
      <dd className={cn('truncate text-[13px] font-semibold tabular-nums', tone === 'danger' && 'text-danger')}>{value ?? '—'}</dd>
    </div>
  );
  const used = totals?.usedBasisPoints;
  return (
    <section
      aria-label={t('budgets.totals.label')}
      className="border-t border-border bg-surface-2/80 px-4 py-2 backdrop-blur print:hidden"
      data-testid="budget-totals"
      aria-live="polite"
    >
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-4 lg:flex lg:flex-wrap lg:items-center lg:gap-x-8">
        <div className="flex flex-col" data-testid="total-lines" data-line-count={summary?.lineCount}>
          <dt className="sr-only">{t('budgets.totals.label')}</dt>
          <dd className="text-[13px] font-medium">{summary ? t('budgets.totals.lines', { count: summary.lineCount }) : '—'}</dd>
          {totals?.overBudget ? (
            <dd>
              <Badge tone="danger" dot>
                {t('budgets.totals.overBudget')}
              </Badge>
            </dd>
          ) : null}
        </div>
        {item('estimate', t('budgets.totals.estimate'), totals && money(totals.estimate))}
        {item('committed', t('budgets.totals.committed'), totals && money(totals.committed), totals?.overBudget && BigInt(totals.committed) > BigInt(totals.estimate) ? 'danger' : undefined)}
        {item('actual', t('budgets.totals.actual'), totals && money(totals.actual), totals && BigInt(totals.actual) > BigInt(totals.estimate) ? 'danger' : undefined)}
        {item('paid', t('budgets.totals.paid'), totals && money(totals.paid))}
        {item('variance', t('budgets.totals.variance'), totals && money(totals.variance), totals?.variance.startsWith('-') ? 'danger' : undefined)}
        {item('remaining', t('budgets.totals.remaining'), totals && money(totals.remaining), totals?.remaining.startsWith('-') ? 'danger' : undefined)}
        {item('used', t('budgets.totals.used'), used === null || used === undefined ? undefined : formatPercent(used / 10_000, locale), totals?.overBudget ? 'danger' : undefined)}
      </dl>
      {filtered && summary ? (
        <p className="mt-1 text-[12px] text-muted-foreground" data-testid="total-filtered">
          {t('budgets.totals.filtered', { shown: formatNumber(filtered.lines, locale), total: formatNumber(summary.lineCount, locale), estimate: money(filtered.totals.estimate) })}
        </p>
      ) : null}
    </section>
  );
});
