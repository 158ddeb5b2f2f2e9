import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/ui/alert';
import { Button } from '../../../../components/ui/button';
import type { PastePlan } from '../../utils/paste';
import { cellErrorText } from '../cell-error-text';

const SHOWN = 8;

/** What a paste could not apply, in words, until dismissed. */
export function PasteReport({ plan, onDismiss }: { plan: PastePlan; onDismiss: () => void }) {
  const { t } = useTranslation();
  const notes = [
    plan.skippedComputed ? t('budgets.paste.computedSkipped') : null,
    plan.droppedColumns > 0 ? t('budgets.paste.droppedColumns', { count: plan.droppedColumns }) : null,
    plan.droppedRows > 0 ? t('budgets.paste.droppedRows', { count: plan.droppedRows }) : null,
  ].filter(Boolean);
  if (plan.errors.length === 0 && notes.length === 0) return null;
  const danger = plan.errors.length > 0;
  return (
    <Alert
      tone={danger ? 'danger' : 'info'}
      title={danger ? t('budgets.paste.rejectedTitle', { count: plan.rejectedRows }) : undefined}
      className="mb-2"
      action={
        <Button variant="ghost" size="icon-sm" onClick={onDismiss} aria-label={t('budgets.paste.dismiss')}>
          <X aria-hidden />
        </Button>
      }
    >
      <div data-testid="paste-report">
        {danger ? <p>{t('budgets.paste.rejectedBody')}</p> : null}
        {danger ? (
          <ul className="mt-1 list-disc pl-4">
            {plan.errors.slice(0, SHOWN).map((e, i) => (
              <li key={i}>
                {t('budgets.paste.error', {
                  row: e.sourceRow,
                  column: t(`budgets.columnNames.${e.column}`),
                  value: e.value,
                  message: cellErrorText(t, e.error),
                })}
              </li>
            ))}
            {plan.errors.length > SHOWN ? <li>…</li> : null}
          </ul>
        ) : null}
        {notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
      </div>
    </Alert>
  );
}
