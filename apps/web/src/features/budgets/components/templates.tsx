import type { CurrencyCode } from '@rundown/domain';
import { LayoutTemplate } from 'lucide-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog, DialogContent, DialogFooter } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { Select } from '../../../components/ui/select';
import { Skeleton } from '../../../components/ui/skeleton';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { useApplyTemplate } from '../api/apply-template';
import { useCreateTemplate } from '../api/create-template';
import { useBudgetTemplates } from '../api/list-templates';

/** Saves this event's budget (categories and lines) as an organization template. */
export function SaveTemplateDialog({
  open,
  onOpenChange,
  orgId,
  eventId,
  defaultName,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  orgId: string;
  eventId: string;
  defaultName: string;
}) {
  const { t } = useTranslation();
  const create = useCreateTemplate(orgId, eventId);
  const [name, setName] = useState(defaultName);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setName(defaultName);
      setError(null);
    }
  }, [open, defaultName]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setError(t('validation.required'));
      return;
    }
    try {
      const template = await create.mutateAsync(name.trim());
      toast.success(t('budgets.templates.saved', { name: template.name }));
      onOpenChange(false);
    } catch (err) {
      setError(errorMessage(t, err));
    }
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={t('budgets.templates.saveTitle')} description={t('budgets.templates.saveDescription')} size="sm">
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Field label={t('budgets.templates.name')} error={error ?? undefined}>
            <Input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('budgets.templates.namePlaceholder')} maxLength={120} autoFocus />
          </Field>
          <DialogFooter>
            <Button variant="secondary" onClick={() => onOpenChange(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('budgets.templates.save')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/** On an empty budget: pick one of the organization's templates to start from. */
export function StartFromTemplate({ orgId, eventId, currency }: { orgId: string; eventId: string; currency: CurrencyCode }) {
  const { t } = useTranslation();
  const templates = useBudgetTemplates(orgId);
  const apply = useApplyTemplate(orgId, eventId);
  const [templateId, setTemplateId] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const items = (templates.data?.items ?? []).filter((tpl) => tpl.currency === currency);
  const chosen = items.find((tpl) => tpl.id === templateId);

  const submit = async () => {
    if (!chosen) return;
    setError(null);
    try {
      await apply.mutateAsync(chosen.id);
      toast.success(t('budgets.templates.applied', { name: chosen.name }));
    } catch (err) {
      setError(isApiError(err) && err.code === 'conflict' ? t('budgets.templates.conflict') : errorMessage(t, err));
    }
  };

  return (
    <section className="mx-auto w-full max-w-xl rounded-xl border border-border bg-surface-2/60 p-4" aria-labelledby="start-template" data-testid="start-from-template">
      <div className="flex items-start gap-3">
        <LayoutTemplate className="mt-0.5 size-5 shrink-0 text-muted-foreground" aria-hidden />
        <div className="flex min-w-0 flex-1 flex-col gap-2">
          <h2 id="start-template" className="text-[14px] font-semibold">
            {t('budgets.templates.startTitle')}
          </h2>
          <p className="text-[13px] text-muted-foreground">{t('budgets.templates.startBody')}</p>
          {templates.isPending ? (
            <Skeleton className="h-8 w-full" />
          ) : items.length === 0 ? (
            <p className="text-[12.5px] text-muted-foreground">{t('budgets.templates.none')}</p>
          ) : (
            <div className="flex flex-wrap items-end gap-2">
              <Field label={t('budgets.templates.template')} className="min-w-56 flex-1">
                <Select
                  value={templateId}
                  onValueChange={setTemplateId}
                  placeholder={t('budgets.templates.choose')}
                  options={items.map((tpl) => ({
                    value: tpl.id,
                    label: tpl.name,
                    description: t('budgets.templates.summary', { categories: tpl.categoryCount, lines: tpl.lineCount, currency: tpl.currency }),
                  }))}
                />
              </Field>
              <Button disabled={!chosen} loading={apply.isPending} onClick={() => void submit()}>
                {t('budgets.templates.apply')}
              </Button>
            </div>
          )}
          {error ? <Alert>{error}</Alert> : null}
        </div>
      </div>
    </section>
  );
}
