import type { BudgetLine, UpdateLineInput } from '@rundown/domain';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui/button';
import { Dialog, DialogContent, DialogFooter } from '../../../../components/ui/dialog';
import { formatDateTime } from '../../../../lib/format';
import type { CellContext, GridColumnId } from '../../utils/grid-columns';
import { changedFields, FIELD_COLUMN, fieldText, LINE_FIELDS, type LineField } from '../../utils/line-fields';
import { applyLinePatch } from '../../utils/optimistic';

const AMOUNT_FIELDS: ReadonlySet<LineField> = new Set(['quantity', 'rate', 'currency', 'exchangeRate', 'multiplier', 'fringeIds']);

export type LineConflict = { lineId: string; current: BudgetLine; mine: UpdateLineInput; previous: BudgetLine };

export type ConflictDialogProps = {
  conflict: LineConflict | null;
  /** Conflicts waiting behind this one. */
  more: number;
  ctx: CellContext;
  timeZone: string;
  categoryName: (id: string) => string;
  onReloadTheirs: (conflict: LineConflict) => void;
  onReapplyMine: (conflict: LineConflict) => void;
};

/** Someone else saved the line first (412): who and when, their values against ours, and the two ways out. */
export function ConflictDialog({ conflict, more, ctx, timeZone, categoryName, onReloadTheirs, onReapplyMine }: ConflictDialogProps) {
  const { t, i18n } = useTranslation();
  if (!conflict) return null;
  const { current, mine } = conflict;
  const name = current.updatedBy ?? t('budgets.conflict.someone');
  const yours = applyLinePatch(current, mine, ctx.budgetCurrency, ctx.fringes);
  // What either side changed since this person loaded the line, and the estimate when an amount moved.
  const theirs = changedFields(conflict.previous, current);
  const changed = LINE_FIELDS.filter((f) => f !== 'estimate' && (f in mine || theirs.includes(f)));
  const fields = changed.some((f) => AMOUNT_FIELDS.has(f)) || theirs.includes('estimate') ? [...changed, 'estimate' as const] : changed;
  const label = (field: LineField) =>
    field === 'categoryId' ? t('budgets.history.category') : t(`budgets.columnNames.${FIELD_COLUMN[field] as GridColumnId}`);
  return (
    <Dialog open onOpenChange={(open) => !open && onReloadTheirs(conflict)}>
      <DialogContent
        title={t('budgets.conflict.title', { name })}
        description={t('budgets.conflict.body', { name, line: current.description, time: formatDateTime(current.updatedAt, timeZone, i18n.language) })}
        size="lg"
        data-testid="line-conflict"
      >
        <table className="w-full text-[13px]">
          <thead>
            <tr className="border-b border-border text-left text-[12px] text-muted-foreground">
              <th scope="col" className="py-1.5 pr-3 font-medium">{t('budgets.conflict.field')}</th>
              <th scope="col" className="py-1.5 pr-3 font-medium">{t('budgets.conflict.before')}</th>
              <th scope="col" className="py-1.5 pr-3 font-medium">{t('budgets.conflict.theirs')}</th>
              <th scope="col" className="py-1.5 font-medium">{t('budgets.conflict.yours')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field} className="border-b border-border/60 align-top">
                <th scope="row" className="py-2 pr-3 text-left font-medium">{label(field)}</th>
                <td className="py-2 pr-3 break-words text-muted-foreground tabular-nums" data-testid={`before-${field}`}>
                  {fieldText(field, conflict.previous, ctx, categoryName)}
                </td>
                <td className="py-2 pr-3 break-words tabular-nums" data-testid={`theirs-${field}`}>{fieldText(field, current, ctx, categoryName)}</td>
                <td className="py-2 break-words tabular-nums" data-testid={`yours-${field}`}>{fieldText(field, yours, ctx, categoryName)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {more > 0 ? <p className="mt-3 text-[12.5px] text-muted-foreground">{t('budgets.conflict.more', { count: more })}</p> : null}
        <DialogFooter>
          <Button variant="secondary" onClick={() => onReloadTheirs(conflict)}>
            {t('budgets.conflict.reload')}
          </Button>
          <Button onClick={() => onReapplyMine(conflict)}>{t('budgets.conflict.reapply')}</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
