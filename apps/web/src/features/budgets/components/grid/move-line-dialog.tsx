import type { BudgetLine } from '@rundown/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui/button';
import { Dialog, DialogContent, DialogFooter } from '../../../../components/ui/dialog';
import { Field } from '../../../../components/ui/field';
import { Select } from '../../../../components/ui/select';
import type { CategoryNode } from '../../utils/grid-model';

export function categoryOptionLabel(node: CategoryNode): string {
  return `${'\u2003'.repeat(node.depth)}${node.code ? `${node.code} · ` : ''}${node.name}`;
}

export function MoveLineDialog({
  line,
  categories,
  onClose,
  onMove,
}: {
  line: BudgetLine | null;
  categories: readonly CategoryNode[];
  onClose: () => void;
  onMove: (line: BudgetLine, categoryId: string) => void;
}) {
  const { t } = useTranslation();
  const [categoryId, setCategoryId] = useState<string | undefined>(line?.categoryId);
  useEffect(() => setCategoryId(line?.categoryId), [line]);
  return (
    <Dialog open={Boolean(line)} onOpenChange={(open) => !open && onClose()}>
      <DialogContent title={t('budgets.move.title')} description={line ? t('budgets.move.description', { name: line.description }) : undefined} size="sm">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (line && categoryId && categoryId !== line.categoryId) onMove(line, categoryId);
            onClose();
          }}
        >
          <Field label={t('budgets.move.category')}>
            <Select value={categoryId} onValueChange={setCategoryId} options={categories.map((c) => ({ value: c.id, label: categoryOptionLabel(c) }))} />
          </Field>
          <DialogFooter>
            <Button variant="secondary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!categoryId || categoryId === line?.categoryId}>
              {t('budgets.move.submit')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
