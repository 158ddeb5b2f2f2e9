import type { FringeRuleDto } from '@rundown/domain';
import { toApiLocale, type Language } from '../../../lib/i18n';
import { Link } from '@tanstack/react-router';
import { ChevronLeft, Download, FileUp, FolderTree, MoreHorizontal, Percent, Save } from 'lucide-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { ErrorPanel, NotFoundPanel } from '../../../components/layout/state-panels';
import { Badge } from '../../../components/ui/badge';
import { Button, buttonClasses } from '../../../components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from '../../../components/ui/dropdown-menu';
import { PageHeader } from '../../../components/ui/page-header';
import { Skeleton } from '../../../components/ui/skeleton';
import { isApiError } from '../../../lib/api-client';
import { cn } from '../../../lib/cn';
import { errorMessage } from '../../../lib/errors';
import { useBudget } from '../api/get-budget';
import { useBudgetSummary } from '../api/get-summary';
import { downloadBudgetCsv } from '../api/export-csv';
import { useBudgetLines } from '../api/list-lines';
import { useFringes } from '../api/list-fringes';
import { BUDGET_TABS, gridFilters, type BudgetSearch, type BudgetTab, type GridFilters } from '../utils/budget-search';
import { BaselinesView } from './baselines/baselines-view';
import { CategoriesDialog } from './categories-dialog';
import { FringesDialog } from './fringes-dialog';
import { BudgetGrid } from './grid/budget-grid';
import { ImportWizard } from './import/import-wizard';
import { SpendingView, type SpendDraft } from './spending/spending-view';
import { SaveTemplateDialog, StartFromTemplate } from './templates';
import { TopSheetView } from './top-sheet/top-sheet-view';

/** One empty list, so components that depend on the rules do not see a new one on every render while they load. */
const NO_FRINGES: FringeRuleDto[] = [];

export type BudgetPageProps = {
  orgId: string;
  eventId: string;
  eventName: string | undefined;
  timeZone: string;
  search: BudgetSearch;
  onSearchChange: (patch: Partial<BudgetSearch>) => void;
  canWrite: boolean;
  canApprove: boolean;
};

/** The production manager's budget: grid, top sheet, spending and baselines for one event. */
export function BudgetPage({ orgId, eventId, eventName, timeZone, search, onSearchChange, canWrite, canApprove }: BudgetPageProps) {
  const { t, i18n } = useTranslation();
  const tab: BudgetTab = search.tab ?? 'grid';
  const budget = useBudget(orgId, eventId);
  const summary = useBudgetSummary(orgId, eventId);
  const lines = useBudgetLines(orgId, eventId);
  const fringes = useFringes(orgId);
  const [dialog, setDialog] = useState<'categories' | 'fringes' | 'template' | null>(null);
  const [spendDraft, setSpendDraft] = useState<SpendDraft | null>(null);
  const [exporting, setExporting] = useState(false);

  const onFiltersChange = useCallback((patch: Partial<GridFilters>) => onSearchChange(patch), [onSearchChange]);
  const filters = gridFilters(search);

  const back = (
    <Link to="/orgs/$orgId/events/$eventId" params={{ orgId, eventId }} className={buttonClasses('ghost', 'sm', '-ml-2 w-fit text-muted-foreground print:hidden')}>
      <ChevronLeft aria-hidden />
      {eventName ?? t('budgets.back')}
    </Link>
  );

  if (budget.isPending) {
    return (
      <div aria-busy="true" aria-label={t('common.loading')} data-testid="budget-loading">
        {back}
        <Skeleton className="mt-4 h-7 w-56" />
        <Skeleton className="mt-6 h-9 w-96" />
        <Skeleton className="mt-4 h-[60vh] w-full" />
      </div>
    );
  }
  if (budget.isError) {
    return (
      <div>
        {back}
        {isApiError(budget.error) && budget.error.status === 404 ? (
          <NotFoundPanel />
        ) : (
          <ErrorPanel
            message={`${t('budgets.loadError')} ${errorMessage(t, budget.error)}`}
            action={
              <Button variant="secondary" onClick={() => void budget.refetch()}>
                {t('common.retry')}
              </Button>
            }
          />
        )}
      </div>
    );
  }

  const data = budget.data;
  const lineList = lines.data?.lines ?? [];
  const pending = summary.data?.pending;
  const pendingCount = pending ? pending.commitments + pending.expenses : 0;
  const lineCount = summary.data?.lineCount ?? lineList.length;
  const loading = lines.data && !lines.data.complete ? { loaded: lineList.length, total: lineCount } : null;

  const exportCsv = async () => {
    setExporting(true);
    try {
      await downloadBudgetCsv(orgId, eventId);
    } catch (error) {
      toast.error(`${t('budgets.actions.exportFailed')} ${errorMessage(t, error)}`);
    } finally {
      setExporting(false);
    }
  };

  const recordSpend = (kind: 'commitment' | 'expense', lineId: string) => {
    setSpendDraft({ kind, lineId });
    onSearchChange({ tab: 'spending' });
  };

  const startFromTemplate = canWrite && lineCount === 0 ? <StartFromTemplate orgId={orgId} eventId={eventId} currency={data.currency} /> : null;

  return (
    <div className={cn('flex flex-col', tab === 'grid' && 'md:h-[calc(100dvh-3rem)] md:min-h-[560px]')} data-testid="budget-page">
      <div className="print:hidden">
      <PageHeader
        before={back}
        title={t('budgets.title')}
        description={t('budgets.subtitle', { count: lineCount, currency: data.currency })}
        actions={
          <div className="flex flex-wrap items-center gap-2 print:hidden">
            {canWrite ? (
              <Button variant="secondary" onClick={() => onSearchChange({ import: true })} data-testid="open-import">
                <FileUp aria-hidden />
                {t('budgets.actions.import')}
              </Button>
            ) : null}
            <Button variant="secondary" onClick={() => void exportCsv()} loading={exporting} data-testid="export-csv">
              {exporting ? null : <Download aria-hidden />}
              {t('budgets.actions.export')}
            </Button>
            {canWrite ? (
              <DropdownMenu>
                <DropdownMenuTrigger asChild>
                  <Button variant="secondary" size="icon" aria-label={t('budgets.actions.more')} data-testid="budget-more">
                    <MoreHorizontal aria-hidden />
                  </Button>
                </DropdownMenuTrigger>
                <DropdownMenuContent align="end">
                  <DropdownMenuItem onSelect={() => setDialog('categories')}>
                    <FolderTree aria-hidden />
                    {t('budgets.actions.categories')}
                  </DropdownMenuItem>
                  <DropdownMenuItem onSelect={() => setDialog('fringes')}>
                    <Percent aria-hidden />
                    {t('budgets.actions.fringes')}
                  </DropdownMenuItem>
                  <DropdownMenuItem onSelect={() => setDialog('template')}>
                    <Save aria-hidden />
                    {t('budgets.actions.saveTemplate')}
                  </DropdownMenuItem>
                </DropdownMenuContent>
              </DropdownMenu>
            ) : null}
          </div>
        }
      />
      </div>

      <nav aria-label={t('budgets.tabs.label')} className="-mt-1 mb-3 flex gap-1 overflow-x-auto border-b border-border print:hidden">
        {BUDGET_TABS.map((key) => (
          <Link
            key={key}
            to="."
            search={(prev: BudgetSearch) => ({ ...prev, tab: key === 'grid' ? undefined : key })}
            aria-current={tab === key ? 'page' : undefined}
            data-testid={`budget-tab-${key}`}
            className={cn(
              '-mb-px inline-flex h-9 shrink-0 items-center gap-2 border-b-2 px-3 text-[13px] font-medium whitespace-nowrap transition-colors',
              tab === key ? 'border-primary text-foreground' : 'border-transparent text-muted-foreground hover:text-foreground',
            )}
          >
            {t(`budgets.tabs.${key}`)}
            {key === 'spending' && pendingCount > 0 ? (
              <Badge tone="warning" title={t('budgets.spending.pending', { count: pendingCount })} data-testid="pending-badge">
                {pendingCount}
              </Badge>
            ) : null}
          </Link>
        ))}
      </nav>

      {!canWrite ? <p className="mb-2 text-[12.5px] text-muted-foreground print:hidden">{t('budgets.readOnly')}</p> : null}

      {tab === 'grid' ? (
        lines.isError ? (
          <ErrorPanel
            message={`${t('budgets.loadError')} ${errorMessage(t, lines.error)}`}
            action={<Button variant="secondary" onClick={() => void lines.refetch()}>{t('common.retry')}</Button>}
          />
        ) : lines.isPending ? (
          <div className="flex flex-1 flex-col gap-2" aria-busy="true" aria-label={t('common.loading')}>
            <Skeleton className="h-8 w-full max-w-2xl" />
            <Skeleton className="min-h-[320px] flex-1" />
          </div>
        ) : (
          <BudgetGrid
            orgId={orgId}
            eventId={eventId}
            budget={data}
            lines={lineList}
            loading={loading}
            summary={summary.data}
            fringes={fringes.data ?? NO_FRINGES}
            filters={filters}
            onFiltersChange={onFiltersChange}
            canWrite={canWrite}
            timeZone={timeZone}
            onOpenImport={() => onSearchChange({ import: true })}
            onOpenFringes={() => setDialog('fringes')}
            onRecordSpend={recordSpend}
            emptyExtra={startFromTemplate}
          />
        )
      ) : null}
      {tab === 'top-sheet' ? (
        <TopSheetView
          orgId={orgId}
          eventId={eventId}
          eventName={eventName}
          summary={summary}
          locale={toApiLocale(i18n.language as Language)}
        />
      ) : null}
      {tab === 'spending' ? (
        <SpendingView
          orgId={orgId}
          eventId={eventId}
          currency={data.currency}
          lines={lineList}
          summary={summary.data}
          timeZone={timeZone}
          canWrite={canWrite}
          canApprove={canApprove}
          draft={spendDraft}
          onDraftConsumed={() => setSpendDraft(null)}
        />
      ) : null}
      {tab === 'baselines' ? (
        <BaselinesView
          orgId={orgId}
          eventId={eventId}
          currency={data.currency}
          categories={data.categories}
          selected={search.baseline}
          onSelect={(baseline) => onSearchChange({ baseline })}
          canWrite={canWrite}
          timeZone={timeZone}
          startFromTemplate={startFromTemplate}
        />
      ) : null}

      {/* Dialogs mount only when open: closed, they would cost the first paint for nothing. */}
      {canWrite && search.import ? (
          <ImportWizard
            open={Boolean(search.import)}
            onOpenChange={(open) => onSearchChange({ import: open ? true : undefined })}
            orgId={orgId}
            eventId={eventId}
            budget={data}
          />
      ) : null}
      {canWrite && dialog === 'categories' ? (
        <CategoriesDialog open onOpenChange={(open) => setDialog(open ? 'categories' : null)} orgId={orgId} eventId={eventId} budget={data} />
      ) : null}
      {canWrite && dialog === 'template' ? (
        <SaveTemplateDialog open onOpenChange={(open) => setDialog(open ? 'template' : null)} orgId={orgId} eventId={eventId} defaultName={eventName ?? ''} />
      ) : null}
      {dialog === 'fringes' ? (
        <FringesDialog open onOpenChange={(open) => setDialog(open ? 'fringes' : null)} orgId={orgId} canWrite={canWrite} defaultCurrency={data.currency} />
      ) : null}
    </div>
  );
}
