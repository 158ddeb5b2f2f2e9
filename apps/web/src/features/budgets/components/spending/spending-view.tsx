import {
  commitmentStatusSchema,
  expenseStatusSchema,
  type BudgetLine,
  type BudgetSummary,
  type Commitment,
  type CurrencyCode,
  type Expense,
} from '@rundown/domain';
import { ClipboardList, Plus, Receipt } from 'lucide-react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { ErrorPanel } from '../../../../components/layout/state-panels';
import { Badge, type BadgeTone } from '../../../../components/ui/badge';
import { Button } from '../../../../components/ui/button';
import { Card, CardHeader } from '../../../../components/ui/card';
import { DataTable, type DataTableColumn } from '../../../../components/ui/data-table';
import { EmptyState } from '../../../../components/ui/empty-state';
import { Select } from '../../../../components/ui/select';
import { isApiError } from '../../../../lib/api-client';
import { errorMessage } from '../../../../lib/errors';
import { formatDate, formatMoney } from '../../../../lib/format';
import { useDecideCommitment, type CommitmentAction } from '../../api/decide-commitment';
import { useDecideExpense, type ExpenseAction } from '../../api/decide-expense';
import { useCommitments } from '../../api/list-commitments';
import { useExpenses } from '../../api/list-expenses';
import { lineLabel } from './line-picker';
import { SpendFormDialog, type SpendKind } from './spend-form-dialog';

export type SpendDraft = { kind: SpendKind; lineId: string };

export type SpendingViewProps = {
  orgId: string;
  eventId: string;
  currency: CurrencyCode;
  lines: readonly BudgetLine[];
  summary: BudgetSummary | undefined;
  timeZone: string;
  canWrite: boolean;
  canApprove: boolean;
  /** A form to open at once (from a line's menu in the grid). */
  draft: SpendDraft | null;
  onDraftConsumed: () => void;
};

const ALL = '__all__';

const STATUS_TONE: Record<string, BadgeTone> = {
  pending: 'warning',
  submitted: 'warning',
  approved: 'success',
  paid: 'primary',
  rejected: 'danger',
  cancelled: 'neutral',
};

/** Commitments and expenses against the budget's lines, with approvals. */
export function SpendingView({ orgId, eventId, currency, lines, summary, timeZone, canWrite, canApprove, draft, onDraftConsumed }: SpendingViewProps) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<{ kind: SpendKind; lineId: string | null } | null>(null);
  useEffect(() => {
    if (draft) {
      setForm(draft);
      onDraftConsumed();
    }
  }, [draft, onDraftConsumed]);
  const lineNames = useMemo(() => new Map(lines.map((l) => [l.id, lineLabel(l)])), [lines]);
  const pending = summary?.pending;
  const pendingCount = pending ? pending.commitments + pending.expenses : 0;

  return (
    <div className="flex flex-col gap-4" data-testid="spending">
      {pendingCount > 0 && pending ? (
        <div className="flex flex-wrap items-center gap-2 text-[13px]" role="status">
          <Badge tone="warning" dot data-testid="pending-approvals">
            {t('budgets.totals.pending', { count: pendingCount, amount: formatMoney(pending.amount, currency, i18n.language) })}
          </Badge>
        </div>
      ) : null}
      <SpendList
        kind="commitment"
        orgId={orgId}
        eventId={eventId}
        currency={currency}
        lineNames={lineNames}
        timeZone={timeZone}
        canWrite={canWrite}
        canApprove={canApprove}
        onNew={() => setForm({ kind: 'commitment', lineId: null })}
      />
      <SpendList
        kind="expense"
        orgId={orgId}
        eventId={eventId}
        currency={currency}
        lineNames={lineNames}
        timeZone={timeZone}
        canWrite={canWrite}
        canApprove={canApprove}
        onNew={() => setForm({ kind: 'expense', lineId: null })}
      />
      {canWrite ? (
        <SpendFormDialog
          kind={form?.kind ?? null}
          initialLineId={form?.lineId ?? null}
          onClose={() => setForm(null)}
          orgId={orgId}
          eventId={eventId}
          budgetCurrency={currency}
          lines={lines}
          timeZone={timeZone}
        />
      ) : null}
    </div>
  );
}

type SpendItem = (Commitment & { kind: 'commitment' }) | (Expense & { kind: 'expense' });

function SpendList({
  kind,
  orgId,
  eventId,
  currency,
  lineNames,
  timeZone: _timeZone,
  canWrite,
  canApprove,
  onNew,
}: {
  kind: SpendKind;
  orgId: string;
  eventId: string;
  currency: CurrencyCode;
  lineNames: Map<string, string>;
  timeZone: string;
  canWrite: boolean;
  canApprove: boolean;
  onNew: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [status, setStatus] = useState<string | undefined>(undefined);
  const commitments = useCommitments(orgId, eventId, { status }, kind === 'commitment');
  const expenses = useExpenses(orgId, eventId, { status }, kind === 'expense');
  const query = kind === 'commitment' ? commitments : expenses;
  const decideCommitment = useDecideCommitment(orgId, eventId);
  const decideExpense = useDecideExpense(orgId, eventId);
  const items: SpendItem[] = useMemo(
    () =>
      kind === 'commitment'
        ? (commitments.data?.pages.flatMap((p) => p.items) ?? []).map((c) => ({ ...c, kind: 'commitment' as const }))
        : (expenses.data?.pages.flatMap((p) => p.items) ?? []).map((e) => ({ ...e, kind: 'expense' as const })),
    [kind, commitments.data, expenses.data],
  );
  const statuses = kind === 'commitment' ? commitmentStatusSchema.options : expenseStatusSchema.options;
  const statusLabel = (value: string) =>
    kind === 'commitment'
      ? t(`budgets.spending.commitmentStatuses.${value as Commitment['status']}`)
      : t(`budgets.spending.expenseStatuses.${value as Expense['status']}`);

  const decide = async (item: SpendItem, action: CommitmentAction | ExpenseAction) => {
    try {
      if (item.kind === 'commitment') await decideCommitment.mutateAsync({ id: item.id, action: action as CommitmentAction });
      else await decideExpense.mutateAsync({ id: item.id, action: action as ExpenseAction });
      const done = { approve: 'approved', reject: 'rejected', cancel: 'cancelled', pay: 'paid' } as const;
      toast.success(t(`budgets.spending.${done[action]}`));
    } catch (error) {
      if (isApiError(error) && error.status === 403) toast.error(t('budgets.spending.selfApproval'), { id: 'self-approval' });
      else if (isApiError(error) && error.code === 'invalid_transition') toast.error(t('budgets.spending.alreadyDecided'));
      else toast.error(errorMessage(t, error));
    }
  };

  const actions = (item: SpendItem): ReactNode[] => {
    const out: ReactNode[] = [];
    const waiting = item.status === 'pending' || item.status === 'submitted';
    if (waiting && canApprove) {
      out.push(
        <Button key="approve" size="sm" variant="secondary" onClick={() => void decide(item, 'approve')} data-testid="approve">
          {t('budgets.spending.approve')}
        </Button>,
        <Button key="reject" size="sm" variant="danger-ghost" onClick={() => void decide(item, 'reject')}>
          {t('budgets.spending.reject')}
        </Button>,
      );
    }
    if (canWrite && item.kind === 'commitment' && (item.status === 'pending' || item.status === 'approved')) {
      out.push(
        <Button key="cancel" size="sm" variant="ghost" onClick={() => void decide(item, 'cancel')}>
          {t('budgets.spending.cancel')}
        </Button>,
      );
    }
    if (canWrite && item.kind === 'expense' && item.status === 'approved') {
      out.push(
        <Button key="pay" size="sm" variant="secondary" onClick={() => void decide(item, 'pay')}>
          {t('budgets.spending.pay')}
        </Button>,
      );
    }
    return out;
  };

  const columns: DataTableColumn<SpendItem>[] = [
    {
      id: 'date',
      header: () => t('budgets.spending.columns.date'),
      cell: ({ row }) => (
        <span className="whitespace-nowrap tabular-nums">
          {formatDate(`${row.original.kind === 'commitment' ? row.original.issuedOn : row.original.spentOn}T12:00:00Z`, 'UTC', language)}
        </span>
      ),
      meta: { skeleton: 'w-20' },
    },
    {
      id: 'party',
      header: () => (kind === 'commitment' ? t('budgets.spending.columns.vendor') : t('budgets.spending.columns.payee')),
      cell: ({ row }) => (
        <div className="flex min-w-0 flex-col">
          <span className="truncate font-medium">{row.original.kind === 'commitment' ? row.original.vendor : row.original.payee}</span>
          {row.original.description ? <span className="truncate text-[12px] text-muted-foreground">{row.original.description}</span> : null}
        </div>
      ),
      meta: { className: 'max-w-56', skeleton: 'w-32' },
    },
    {
      id: 'line',
      header: () => t('budgets.spending.columns.line'),
      cell: ({ row }) => <span className="block max-w-56 truncate text-muted-foreground">{lineNames.get(row.original.lineId) ?? t('budgets.spending.unknownLine')}</span>,
      meta: { className: 'hidden md:table-cell', skeleton: 'w-40' },
    },
    ...(kind === 'expense'
      ? [
          {
            id: 'reference',
            header: () => t('budgets.spending.columns.reference'),
            cell: ({ row }) => <span className="text-muted-foreground">{row.original.kind === 'expense' ? (row.original.reference ?? '—') : '—'}</span>,
            meta: { className: 'hidden lg:table-cell', skeleton: 'w-16' },
          } satisfies DataTableColumn<SpendItem>,
        ]
      : []),
    {
      id: 'amount',
      header: () => t('budgets.spending.columns.amount'),
      cell: ({ row }) => (
        <div className="flex flex-col items-end tabular-nums">
          <span className="whitespace-nowrap">{formatMoney(row.original.amount, row.original.currency, language)}</span>
          {row.original.currency !== currency ? (
            <span className="text-[12px] whitespace-nowrap text-muted-foreground">
              {formatMoney(row.original.amountInBudgetCurrency, currency, language)}
            </span>
          ) : null}
        </div>
      ),
      meta: { className: 'text-right', skeleton: 'w-24 ml-auto' },
    },
    {
      id: 'status',
      header: () => t('budgets.spending.columns.status'),
      cell: ({ row }) => (
        <Badge tone={STATUS_TONE[row.original.status] ?? 'neutral'} dot data-testid="spend-status">
          {statusLabel(row.original.status)}
        </Badge>
      ),
      meta: { skeleton: 'w-20' },
    },
    {
      id: 'people',
      header: () => t('budgets.spending.columns.submittedBy'),
      cell: ({ row }) => (
        <div className="flex flex-col text-[12.5px] whitespace-nowrap">
          <span>{row.original.submittedBy ?? '—'}</span>
          {row.original.decidedBy ? (
            <span className="text-muted-foreground">
              {t('budgets.spending.columns.decidedBy')}: {row.original.decidedBy}
            </span>
          ) : null}
        </div>
      ),
      meta: { className: 'hidden lg:table-cell', skeleton: 'w-24' },
    },
    {
      id: 'actions',
      header: () => <span className="sr-only">{t('common.actions')}</span>,
      cell: ({ row }) => <div className="flex justify-end gap-1">{actions(row.original)}</div>,
      meta: { className: 'text-right' },
    },
  ];

  const Icon = kind === 'commitment' ? ClipboardList : Receipt;
  return (
    <Card data-testid={`${kind}-list`}>
      <CardHeader
        title={kind === 'commitment' ? t('budgets.spending.commitments') : t('budgets.spending.expenses')}
        description={kind === 'commitment' ? t('budgets.spending.commitmentsHint') : t('budgets.spending.expensesHint')}
        actions={
          <>
            <Select
              size="sm"
              className="w-48"
              aria-label={t('budgets.spending.status')}
              value={status ?? ALL}
              onValueChange={(v) => setStatus(v === ALL ? undefined : v)}
              options={[{ value: ALL, label: t('budgets.spending.allStatuses') }, ...statuses.map((s) => ({ value: s, label: statusLabel(s) }))]}
            />
            {canWrite ? (
              <Button size="sm" onClick={onNew} data-testid={`new-${kind}`}>
                <Plus aria-hidden />
                {kind === 'commitment' ? t('budgets.spending.newCommitment') : t('budgets.spending.newExpense')}
              </Button>
            ) : null}
          </>
        }
      />
      {query.isError ? (
        <ErrorPanel
          message={`${t('budgets.spending.loadError')} ${errorMessage(t, query.error)}`}
          action={<Button variant="secondary" onClick={() => void query.refetch()}>{t('common.retry')}</Button>}
        />
      ) : (
        <DataTable
          label={kind === 'commitment' ? t('budgets.spending.commitments') : t('budgets.spending.expenses')}
          columns={columns}
          data={items}
          getRowId={(r) => r.id}
          isLoading={query.isPending}
          skeletonRows={3}
          empty={<EmptyState icon={Icon} title={kind === 'commitment' ? t('budgets.spending.emptyCommitments') : t('budgets.spending.emptyExpenses')} />}
          testId={`${kind}-table`}
        />
      )}
      {query.hasNextPage ? (
        <div className="border-t border-border p-3 text-center">
          <Button variant="secondary" size="sm" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {t('common.loadMore')}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
