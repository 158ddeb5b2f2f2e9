import type { Budget, UpdateCategoryInput } from '@rundown/domain';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Dialog, DialogContent } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { Select } from '../../../components/ui/select';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { useCreateCategory } from '../api/create-category';
import { useDeleteCategory } from '../api/delete-category';
import { useUpdateCategories } from '../api/update-category';
import { orderCategories, subtreeIds, type CategoryNode } from '../utils/grid-model';
import { categoryOptionLabel } from './grid/move-line-dialog';

const TOP = '__top__';

export type CategoriesDialogProps = { open: boolean; onOpenChange: (open: boolean) => void; orgId: string; eventId: string; budget: Budget };

/** Add, rename, renumber, nest, reorder and delete (when empty) the budget's categories. */
export function CategoriesDialog({ open, onOpenChange, orgId, eventId, budget }: CategoriesDialogProps) {
  const { t } = useTranslation();
  const nodes = useMemo(() => orderCategories(budget.categories), [budget.categories]);
  const update = useUpdateCategories(orgId, eventId);
  const create = useCreateCategory(orgId, eventId);
  const remove = useDeleteCategory(orgId, eventId);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<CategoryNode | null>(null);
  const [draft, setDraft] = useState({ code: '', name: '', parentId: TOP });
  const [draftError, setDraftError] = useState<string | null>(null);

  const label = (node: CategoryNode) => (node.code ? `${node.code} · ${node.name}` : node.name);

  const explain = (err: unknown, node?: CategoryNode) => {
    if (isApiError(err) && err.fieldErrors.some((f) => f.pointer === '/body/parentId')) return t('budgets.categories.insideItself');
    if (isApiError(err) && err.code === 'conflict' && node) return t('budgets.categories.inUse', { name: label(node) });
    return errorMessage(t, err);
  };

  const save = async (changes: { categoryId: string; body: UpdateCategoryInput }[], node?: CategoryNode) => {
    setError(null);
    try {
      // Each change names the version this dialog shows (If-Match): a concurrent edit answers 412.
      const versions = new Map(budget.categories.map((c) => [c.id, c.version]));
      await update.mutateAsync(changes.map((c) => ({ ...c, version: versions.get(c.categoryId) ?? 0 })));
      toast.success(t('budgets.categories.saved'), { id: 'category-saved' });
    } catch (err) {
      setError(explain(err, node));
    }
  };

  const move = (node: CategoryNode, step: -1 | 1) => {
    const siblings = nodes.filter((n) => n.parentId === node.parentId);
    const index = siblings.indexOf(node);
    const target = index + step;
    if (target < 0 || target >= siblings.length) return;
    const reordered = [...siblings];
    [reordered[index], reordered[target]] = [reordered[target]!, reordered[index]!];
    // Renumber the siblings 100, 200, 300…: only the ones whose place changed are sent.
    const changes = reordered
      .map((n, i) => ({ categoryId: n.id, body: { sortOrder: (i + 1) * 100 }, before: n.sortOrder }))
      .filter((c) => c.body.sortOrder !== c.before)
      .map(({ categoryId, body }) => ({ categoryId, body }));
    void save(changes, node);
  };

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft.name.trim()) {
      setDraftError(t('validation.required'));
      return;
    }
    setDraftError(null);
    try {
      const created = await create.mutateAsync({ code: draft.code.trim(), name: draft.name.trim(), parentId: draft.parentId === TOP ? null : draft.parentId });
      toast.success(t('budgets.categories.added', { name: created.name }));
      setDraft({ code: '', name: '', parentId: draft.parentId });
    } catch (err) {
      setDraftError(errorMessage(t, err));
    }
  };

  const onDelete = async () => {
    if (!confirm) return;
    const node = confirm;
    try {
      await remove.mutateAsync(node.id);
      toast.success(t('budgets.categories.deleted', { name: label(node) }));
      setConfirm(null);
    } catch (err) {
      setConfirm(null);
      setError(explain(err, node));
    }
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={t('budgets.categories.title')} description={t('budgets.categories.description')} size="lg" className="max-w-3xl!" data-testid="categories-dialog">
        {error ? (
          <div className="mb-3" data-testid="categories-error">
            <Alert>{error}</Alert>
          </div>
        ) : null}
        {nodes.length === 0 ? <p className="py-6 text-center text-[13px] text-muted-foreground">{t('budgets.categories.empty')}</p> : null}
        <ul className="flex flex-col divide-y divide-border rounded-lg border border-border">
          {nodes.map((node) => {
            const siblings = nodes.filter((n) => n.parentId === node.parentId);
            const position = siblings.indexOf(node);
            const excluded = subtreeIds(nodes, node.id);
            return (
              <li key={node.id} className="flex flex-wrap items-center gap-2 px-2 py-1.5" style={{ paddingLeft: 8 + node.depth * 20 }} data-testid="category-row">
                <Input
                  key={`code-${node.code}`}
                  defaultValue={node.code}
                  aria-label={`${t('budgets.categories.code')}: ${label(node)}`}
                  className="w-20 tabular-nums"
                  maxLength={20}
                  onBlur={(e) => e.target.value.trim() !== node.code && void save([{ categoryId: node.id, body: { code: e.target.value.trim() } }], node)}
                  onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), e.currentTarget.blur())}
                />
                <Input
                  key={`name-${node.name}`}
                  defaultValue={node.name}
                  aria-label={`${t('budgets.categories.name')}: ${label(node)}`}
                  className="min-w-40 flex-1"
                  maxLength={120}
                  onBlur={(e) => {
                    const value = e.target.value.trim();
                    if (!value) e.target.value = node.name;
                    else if (value !== node.name) void save([{ categoryId: node.id, body: { name: value } }], node);
                  }}
                  onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), e.currentTarget.blur())}
                />
                <Select
                  size="sm"
                  className="w-48"
                  aria-label={`${t('budgets.categories.parent')}: ${label(node)}`}
                  value={node.parentId ?? TOP}
                  onValueChange={(v) => void save([{ categoryId: node.id, body: { parentId: v === TOP ? null : v } }], node)}
                  options={[
                    { value: TOP, label: t('budgets.categories.topLevel') },
                    ...nodes.filter((n) => !excluded.has(n.id)).map((n) => ({ value: n.id, label: categoryOptionLabel(n) })),
                  ]}
                />
                <div className="flex items-center">
                  <Button variant="ghost" size="icon-sm" disabled={position <= 0} onClick={() => move(node, -1)} aria-label={t('budgets.categories.moveUp', { name: label(node) })}>
                    <ArrowUp aria-hidden />
                  </Button>
                  <Button
                    variant="ghost"
                    size="icon-sm"
                    disabled={position >= siblings.length - 1}
                    onClick={() => move(node, 1)}
                    aria-label={t('budgets.categories.moveDown', { name: label(node) })}
                  >
                    <ArrowDown aria-hidden />
                  </Button>
                  <Button variant="danger-ghost" size="icon-sm" onClick={() => setConfirm(node)} aria-label={t('budgets.categories.delete', { name: label(node) })}>
                    <Trash2 aria-hidden />
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>

        <form onSubmit={(e) => void add(e)} className="mt-5 flex flex-col gap-3 rounded-lg border border-dashed border-border p-3" noValidate>
          <h3 className="text-[13px] font-semibold">{t('budgets.categories.newTitle')}</h3>
          <div className="flex flex-wrap items-end gap-2">
            <Field label={t('budgets.categories.code')} className="w-24">
              <Input value={draft.code} onChange={(e) => setDraft({ ...draft, code: e.target.value })} maxLength={20} />
            </Field>
            <Field label={t('budgets.categories.name')} error={draftError ?? undefined} className="min-w-48 flex-1">
              <Input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} maxLength={120} />
            </Field>
            <Field label={t('budgets.categories.parent')} className="w-52">
              <Select
                value={draft.parentId}
                onValueChange={(v) => setDraft({ ...draft, parentId: v })}
                options={[{ value: TOP, label: t('budgets.categories.topLevel') }, ...nodes.map((n) => ({ value: n.id, label: categoryOptionLabel(n) }))]}
              />
            </Field>
            <Button type="submit" loading={create.isPending}>
              <Plus aria-hidden />
              {t('budgets.categories.add')}
            </Button>
          </div>
        </form>

        <ConfirmDialog
          open={confirm !== null}
          onOpenChange={(o) => !o && setConfirm(null)}
          title={confirm ? t('budgets.categories.deleteTitle', { name: label(confirm) }) : ''}
          description={t('budgets.categories.deleteBody')}
          confirmLabel={t('common.delete')}
          pending={remove.isPending}
          onConfirm={() => void onDelete()}
        />
      </DialogContent>
    </Dialog>
  );
}
