import { budgetLineSchema, type AuditEntry, type BudgetLine } from '@rundown/domain';
import { X } from 'lucide-react';
import { Dialog as DialogPrimitive } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../../components/layout/state-panels';
import { Button } from '../../../../components/ui/button';
import { overlayClasses } from '../../../../components/ui/dialog';
import { Skeleton } from '../../../../components/ui/skeleton';
import { errorMessage } from '../../../../lib/errors';
import { formatDateTime } from '../../../../lib/format';
import { useLineHistory } from '../../api/line-history';
import type { CellContext, GridColumnId } from '../../utils/grid-columns';
import { changedFields, FIELD_COLUMN, fieldText, type LineField } from '../../utils/line-fields';

export type LineHistoryDrawerProps = {
  orgId: string;
  eventId: string;
  line: BudgetLine | null;
  onClose: () => void;
  ctx: CellContext;
  timeZone: string;
  categoryName: (id: string) => string;
};

const snapshot = (value: Record<string, unknown> | null): Partial<BudgetLine> | null => {
  if (!value) return null;
  const parsed = budgetLineSchema.partial().safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** A side panel listing who changed the line, what, and when (from the line history route). */
export function LineHistoryDrawer({ orgId, eventId, line, onClose, ctx, timeZone, categoryName }: LineHistoryDrawerProps) {
  const { t, i18n } = useTranslation();
  const query = useLineHistory(orgId, eventId, line?.id ?? null);
  const entries = query.data?.pages.flatMap((p) => p.items) ?? [];
  const label = (field: LineField) =>
    field === 'categoryId' ? t('budgets.history.category') : t(`budgets.columnNames.${FIELD_COLUMN[field] as GridColumnId}`);

  const renderEntry = (entry: AuditEntry) => {
    const before = snapshot(entry.before);
    const after = snapshot(entry.after);
    const fields = entry.action === 'update' ? changedFields(before, after) : [];
    return (
      <li key={entry.id} className="border-b border-border px-5 py-3.5 last:border-b-0">
        <p className="text-[13px] font-medium">
          {entry.action === 'create' ? t('budgets.history.created') : entry.action === 'delete' ? t('budgets.history.deleted') : t('budgets.history.updated')}
        </p>
        <p className="mt-0.5 text-[12px] text-muted-foreground">
          {t('budgets.history.by', { name: entry.actorName ?? t('budgets.history.unknownActor'), time: formatDateTime(entry.at, timeZone, i18n.language) })}
        </p>
        {fields.length > 0 ? (
          <dl className="mt-2 grid grid-cols-[minmax(0,7rem)_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-[12.5px]">
            {fields.map((field) => (
              <div key={field} className="contents">
                <dt className="text-muted-foreground">{label(field)}</dt>
                <dd className="min-w-0 break-words tabular-nums">
                  <span className="text-muted-foreground line-through decoration-muted-foreground/50">{fieldText(field, before!, ctx, categoryName)}</span>
                  <span aria-hidden className="mx-1.5 text-muted-foreground">→</span>
                  <span className="sr-only">{t('budgets.history.after')}: </span>
                  <span>{fieldText(field, after!, ctx, categoryName)}</span>
                </dd>
              </div>
            ))}
          </dl>
        ) : null}
      </li>
    );
  };

  return (
    <DialogPrimitive.Root open={Boolean(line)} onOpenChange={(open) => !open && onClose()}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className={overlayClasses} />
        <DialogPrimitive.Content
          className="fixed inset-y-0 right-0 z-50 flex w-[26rem] max-w-[92vw] animate-in flex-col border-l border-border bg-surface shadow-2xl outline-none"
          data-testid="line-history"
        >
          <div className="flex items-start justify-between gap-3 border-b border-border px-5 py-4">
            <div className="min-w-0">
              <DialogPrimitive.Title className="text-[15px] font-semibold">{t('budgets.history.title')}</DialogPrimitive.Title>
              <DialogPrimitive.Description className="mt-1 truncate text-[13px] text-muted-foreground">
                {t('budgets.history.subtitle', { name: line?.description ?? '' })}
              </DialogPrimitive.Description>
            </div>
            <DialogPrimitive.Close asChild>
              <Button variant="ghost" size="icon-sm" aria-label={t('common.close')}>
                <X aria-hidden />
              </Button>
            </DialogPrimitive.Close>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto" aria-busy={query.isPending || undefined}>
            {query.isPending ? (
              <div className="flex flex-col gap-3 p-5">
                {Array.from({ length: 4 }, (_, i) => (
                  <Skeleton key={i} className="h-12 w-full" />
                ))}
              </div>
            ) : query.isError ? (
              <ErrorPanel
                message={`${t('budgets.history.loadError')} ${errorMessage(t, query.error)}`}
                action={<Button variant="secondary" onClick={() => void query.refetch()}>{t('common.retry')}</Button>}
              />
            ) : entries.length === 0 ? (
              <p className="px-5 py-10 text-center text-[13px] text-muted-foreground">{t('budgets.history.empty')}</p>
            ) : (
              <ol>{entries.map(renderEntry)}</ol>
            )}
            {query.hasNextPage ? (
              <div className="p-4 text-center">
                <Button variant="secondary" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                  {t('common.loadMore')}
                </Button>
              </div>
            ) : null}
          </div>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
