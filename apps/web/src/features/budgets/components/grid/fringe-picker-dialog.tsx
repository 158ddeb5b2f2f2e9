import type { BudgetLine, FringeRuleDto } from '@rundown/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui/button';
import { Dialog, DialogContent, DialogFooter } from '../../../../components/ui/dialog';
import { intlLocale } from '../../../../lib/i18n';
import { formatFringeRule } from '../../utils/grid-columns';

/** Checkboxes of the organization's fringe rules for one line. */
export function FringePickerDialog({
  line,
  fringes,
  budgetCurrency,
  onClose,
  onApply,
  onManage,
}: {
  line: BudgetLine | null;
  fringes: readonly FringeRuleDto[];
  budgetCurrency: string;
  onClose: () => void;
  onApply: (line: BudgetLine, fringeIds: string[]) => void;
  onManage?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [selected, setSelected] = useState<string[]>(line?.fringeIds ?? []);
  useEffect(() => setSelected(line?.fringeIds ?? []), [line]);
  const locale = intlLocale(i18n.language);
  return (
    <Dialog open={Boolean(line)} onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        title={t('budgets.fringePicker.title', { name: line?.description ?? '' })}
        description={t('budgets.fringePicker.description')}
        size="sm"
        data-testid="fringe-picker"
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (line) onApply(line, selected);
            onClose();
          }}
        >
          {fringes.length === 0 ? (
            <p className="text-[13px] text-muted-foreground">{t('budgets.fringePicker.empty')}</p>
          ) : (
            <fieldset className="flex flex-col gap-1">
              <legend className="sr-only">{t('budgets.columnNames.fringes')}</legend>
              {fringes.map((rule) => {
                // A flat fringe in another currency cannot apply to this budget (the API refuses it).
                const unusable = rule.kind === 'flat' && rule.currency !== budgetCurrency;
                return (
                  <label key={rule.id} className="flex cursor-pointer items-center gap-2.5 rounded-md px-2 py-1.5 text-[13px] hover:bg-muted has-disabled:cursor-not-allowed has-disabled:opacity-50">
                    <input
                      type="checkbox"
                      className="size-4 accent-(--primary)"
                      checked={selected.includes(rule.id)}
                      disabled={unusable && !selected.includes(rule.id)}
                      onChange={(e) => setSelected((s) => (e.target.checked ? [...s, rule.id] : s.filter((id) => id !== rule.id)))}
                    />
                    <span className="flex-1">{rule.name}</span>
                    <span className="text-muted-foreground tabular-nums">{formatFringeRule(rule, locale)}</span>
                  </label>
                );
              })}
            </fieldset>
          )}
          <DialogFooter>
            {onManage ? (
              <Button variant="ghost" className="mr-auto" onClick={onManage}>
                {t('budgets.fringePicker.manage')}
              </Button>
            ) : null}
            <Button variant="secondary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={fringes.length === 0}>
              {t('budgets.fringePicker.apply')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
