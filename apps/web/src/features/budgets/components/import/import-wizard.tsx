import {
  autoMapColumns,
  IMPORT_FIELDS,
  parseCsv,
  detectDelimiter,
  detectNumberFormat,
  formatDecimal,
  parseAmount,
  parseMoneyAmount,
  currencyCodeSchema,
  REQUIRED_IMPORT_FIELDS,
  toImportRows,
  type Budget,
  type ImportField,
  type ImportIssue,
} from '@rundown/domain';
import type { TFunction } from 'i18next';
import { Check, Download, FileUp, TriangleAlert, Upload } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Alert } from '../../../../components/ui/alert';
import { Badge } from '../../../../components/ui/badge';
import { Button } from '../../../../components/ui/button';
import { DataTable, type DataTableColumn } from '../../../../components/ui/data-table';
import { Dialog, DialogContent, DialogFooter } from '../../../../components/ui/dialog';
import { Select } from '../../../../components/ui/select';
import { isApiError } from '../../../../lib/api-client';
import { cn } from '../../../../lib/cn';
import { errorMessage } from '../../../../lib/errors';
import { intlLocale } from '../../../../lib/i18n';
import { useImportLines } from '../../api/import-lines';
import { saveText } from '../../utils/download';
import { newIdempotencyKey, rowsFingerprint, serverRowErrors, templateCsv, type RowProblem } from '../../utils/import-csv';
import { formatLocaleDecimal, formatMinorPlain } from '../../../../lib/number-format';

export type ImportWizardProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  orgId: string;
  eventId: string;
  budget: Budget;
};

type Step = 'file' | 'columns' | 'check';
type Parsed = { name: string; header: string[]; rows: string[][]; delimiter: ',' | ';' | '\t' };
type PreviewRow = { index: number; rowNumber: number; cells: Partial<Record<ImportField, string>>; problems: RowProblem[] };

const NONE = '__none__';
const PREVIEW_LIMIT = 200;
const PREVIEW_FIELDS: ImportField[] = ['category', 'description', 'quantity', 'unit', 'rate', 'currency', 'multiplier'];
const NUMBER_FIELDS: ImportField[] = ['quantity', 'rate', 'exchangeRate', 'multiplier'];

/** The domain's English issue messages, in the reader's language. */
function issueText(t: TFunction, language: string, message: string): string {
  if (language === 'en') return message;
  if (/^Not an amount/.test(message)) return t('budgets.import.issues.notMoney');
  if (/^Unknown currency/.test(message)) return t('budgets.import.issues.unknownCurrency');
  if (/^Unknown unit/.test(message)) return t('budgets.import.issues.unknownUnit');
  if (/^Not a number/.test(message)) return t('budgets.import.issues.notNumber');
  if (/^No category/.test(message)) return t('budgets.import.issues.unknownCategory');
  if (/^No fringe rule/.test(message)) return t('budgets.import.issues.unknownFringe');
  if (/is not in [A-Z]{3}/.test(message)) return t('budgets.import.issues.fringeCurrency');
  return t('budgets.import.issues.invalid');
}

function readFile(file: File, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

/**
 * CSV import in three steps: a file (chosen or dropped), which column holds what (matched by
 * header, editable), and a check of every row before an all-or-nothing import.
 */
export function ImportWizard({ open, onOpenChange, orgId, eventId, budget }: ImportWizardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const locale = intlLocale(i18n.language);
  const [step, setStep] = useState<Step>('file');
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [reading, setReading] = useState<{ name: string; percent: number } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Partial<Record<ImportField, number>>>({});
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [serverErrors, setServerErrors] = useState<Map<number, RowProblem[]> | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const importLines = useImportLines(orgId, eventId);

  const reset = () => {
    setStep('file');
    setParsed(null);
    setReading(null);
    setFileError(null);
    setMapping({});
    setOnlyProblems(false);
    setServerErrors(null);
    setSubmitError(null);
    setProgress(null);
  };
  useEffect(() => {
    if (!open) reset();
  }, [open]);

  // How the file writes numbers, from the numbers that can be read only one way (1.234,5; 12.50).
  const numberFormat = useMemo(() => {
    if (!parsed) return { decimalMark: null, example: null };
    const columns = NUMBER_FIELDS.map((f) => mapping[f]).filter((i): i is number => i !== undefined);
    return detectNumberFormat(parsed.rows.flatMap((r) => columns.map((i) => r[i] ?? '')));
  }, [parsed, mapping]);

  const checked = useMemo(() => {
    if (!parsed) return null;
    return toImportRows(parsed.rows, mapping, budget.currency, numberFormat);
  }, [parsed, mapping, budget.currency, numberFormat]);

  /** What a number cell will be read as, written the app's way ("11,5 jt" → "11.500.000"). */
  const readAs = (field: ImportField, cells: Partial<Record<ImportField, string>>, raw: string): string | null => {
    if (!raw.trim()) return null;
    if (field === 'rate') {
      const code = currencyCodeSchema.safeParse((cells.currency ?? '').trim().toUpperCase());
      const currency = code.success ? code.data : budget.currency;
      const read = parseMoneyAmount(raw, currency, numberFormat);
      return read.status === 'ok' ? formatMinorPlain(read.value, currency, locale) : null;
    }
    const scale = field === 'quantity' || field === 'multiplier' ? 3 : 6;
    const read = parseAmount(raw, scale, numberFormat);
    return read.status === 'ok' ? formatLocaleDecimal(formatDecimal(read.value, scale), locale) : null;
  };

  // A random key per set of rows, kept while those rows are retried (even after closing the
  // wizard), so a retry after a lost answer cannot import twice; other rows get another key.
  const keys = useRef(new Map<string, string>());
  const fingerprint = useMemo(() => (checked ? rowsFingerprint(checked.rows) : ''), [checked]);
  const idempotencyKey = useMemo(() => {
    if (!fingerprint) return '';
    const existing = keys.current.get(fingerprint);
    if (existing) return existing;
    const key = newIdempotencyKey();
    keys.current.set(fingerprint, key);
    return key;
  }, [fingerprint]);

  const issuesByRow = useMemo(() => {
    const map = new Map<number, ImportIssue[]>();
    for (const issue of checked?.issues ?? []) map.set(issue.row, [...(map.get(issue.row) ?? []), issue]);
    return map;
  }, [checked]);

  const preview: PreviewRow[] = useMemo(() => {
    if (!parsed) return [];
    const out: PreviewRow[] = [];
    parsed.rows.forEach((cells, index) => {
      const rowNumber = index + 2;
      const problems: RowProblem[] = [
        ...(issuesByRow.get(rowNumber) ?? []).map((i) => ({ field: i.field, message: issueText(t, i18n.language, i.message) })),
        ...(serverErrors?.get(index) ?? []).map((p) => ({ field: p.field, message: issueText(t, i18n.language, p.message) })),
      ];
      if (onlyProblems && problems.length === 0) return;
      const mapped: Partial<Record<ImportField, string>> = {};
      for (const field of PREVIEW_FIELDS) if (mapping[field] !== undefined) mapped[field] = cells[mapping[field]!] ?? '';
      out.push({ index, rowNumber, cells: mapped, problems });
    });
    return out;
  }, [parsed, issuesByRow, serverErrors, onlyProblems, mapping, t, i18n.language]);

  const problemRows = useMemo(() => {
    const rows = new Set<number>(issuesByRow.keys());
    for (const index of serverErrors?.keys() ?? []) if (index >= 0) rows.add(index + 2);
    return rows.size;
  }, [issuesByRow, serverErrors]);
  const missing = REQUIRED_IMPORT_FIELDS.filter((f) => mapping[f] === undefined);

  const fieldLabel = (field: ImportField | 'row' | string) =>
    (IMPORT_FIELDS as readonly string[]).includes(field) || field === 'row' ? t(`budgets.import.fields.${field as ImportField}`) : field;

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setFileError(null);
    setServerErrors(null);
    setSubmitError(null);
    setReading({ name: file.name, percent: 0 });
    try {
      const text = await readFile(file, (percent) => setReading({ name: file.name, percent }));
      const delimiter = detectDelimiter(text);
      const [header, ...rows] = parseCsv(text, delimiter);
      if (!header || rows.length === 0) {
        setFileError(t('budgets.import.noRows'));
        setParsed(null);
        return;
      }
      setParsed({ name: file.name, header, rows, delimiter });
      setMapping(autoMapColumns(header));
      setOnlyProblems(false);
      setStep('columns');
    } catch {
      setFileError(t('budgets.import.readFailed'));
    } finally {
      setReading(null);
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void onFile(e.dataTransfer.files[0]);
  };

  const submit = async () => {
    if (!checked || checked.issues.length > 0 || checked.rows.length === 0) return;
    setSubmitError(null);
    setServerErrors(null);
    setProgress(0);
    try {
      const result = await importLines.mutateAsync({
        rows: checked.rows,
        idempotencyKey,
        onProgress: ({ loaded, total }) => setProgress(total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0),
      });
      toast.success(t('budgets.import.imported', { count: result.created }));
      // Importing the same file again later is a new import, not a retry.
      keys.current.delete(fingerprint);
      onOpenChange(false);
    } catch (error) {
      if (isApiError(error) && error.code === 'validation_failed' && error.fieldErrors.some((f) => f.pointer.startsWith('/body/rows/'))) {
        const grouped = serverRowErrors(error.fieldErrors);
        setServerErrors(grouped);
        setOnlyProblems(true);
        setSubmitError(t('budgets.import.serverRejected', { count: [...grouped.keys()].filter((k) => k >= 0).length }));
      } else {
        setSubmitError(errorMessage(t, error));
      }
    } finally {
      setProgress(null);
    }
  };

  const downloadTemplate = () => {
    const category = budget.categories.find((c) => c.parentId !== null)?.name ?? budget.categories[0]?.name ?? 'Produksi';
    saveText(
      templateCsv({ language, locale, category, currency: budget.currency, unitLabel: t('budgets.units.day') }),
      language === 'id' ? 'templat-anggaran.csv' : 'budget-template.csv',
    );
  };

  const columns = useMemo<DataTableColumn<PreviewRow>[]>(
    () => [
      { id: 'row', header: () => t('budgets.import.row'), cell: ({ row }) => <span className="text-muted-foreground tabular-nums">{row.original.rowNumber}</span>, meta: { className: 'w-12' } },
      ...PREVIEW_FIELDS.filter((f) => mapping[f] !== undefined).map<DataTableColumn<PreviewRow>>((field) => ({
        id: field,
        header: () => fieldLabel(field),
        cell: ({ row }) => {
          const bad = row.original.problems.some((p) => p.field === field);
          const raw = row.original.cells[field] ?? '';
          const read = !bad && NUMBER_FIELDS.includes(field) ? readAs(field, row.original.cells, raw) : null;
          if (read !== null && read !== raw.trim()) {
            return (
              <span className="block max-w-56 truncate tabular-nums" title={t('budgets.import.readAsTitle', { raw, read })}>
                <span className="text-muted-foreground">{raw}</span> <span aria-hidden>→</span> <span className="font-medium" data-testid="import-read">{read}</span>
              </span>
            );
          }
          return <span className={cn('block max-w-48 truncate', bad && 'font-medium text-danger')}>{raw || '—'}</span>;
        },
      })),
      {
        id: 'status',
        header: () => t('budgets.import.status'),
        cell: ({ row }) =>
          row.original.problems.length === 0 ? (
            <Badge tone="success">
              <Check className="size-3" aria-hidden />
              {t('budgets.import.ok')}
            </Badge>
          ) : (
            <ul className="flex flex-col gap-0.5 text-[12.5px] text-danger" data-testid="import-row-problems">
              {row.original.problems.map((p, i) => (
                <li key={i}>{t('budgets.import.issue', { field: fieldLabel(p.field), message: p.message })}</li>
              ))}
            </ul>
          ),
        meta: { className: 'min-w-56' },
      },
    ],
    // fieldLabel reads only t.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, mapping],
  );

  const steps: Step[] = ['file', 'columns', 'check'];
  const uploading = importLines.isPending;

  return (
    <Dialog open={open} onOpenChange={(next) => !uploading && onOpenChange(next)}>
      <DialogContent title={t('budgets.import.title')} description={t('budgets.import.description')} size="lg" className="max-w-4xl!" data-testid="import-wizard">
        <ol className="mb-4 flex flex-wrap items-center gap-2 text-[12.5px]">
          {steps.map((s, i) => (
            <li key={s} aria-current={step === s ? 'step' : undefined} className="flex items-center gap-2">
              <span
                className={cn(
                  'inline-flex size-5 items-center justify-center rounded-full border text-[11px] font-semibold',
                  step === s ? 'border-primary bg-primary text-primary-foreground' : steps.indexOf(step) > i ? 'border-success bg-success/15 text-success' : 'border-border text-muted-foreground',
                )}
              >
                {i + 1}
              </span>
              <span className={cn(step === s ? 'font-medium text-foreground' : 'text-muted-foreground')}>{t(`budgets.import.steps.${s}`)}</span>
              {i < steps.length - 1 ? <span aria-hidden className="mx-1 h-px w-6 bg-border" /> : null}
            </li>
          ))}
        </ol>

        {step === 'file' ? (
          <div className="flex flex-col gap-3">
            <label
              onDragOver={(e) => {
                e.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={onDrop}
              className={cn(
                'flex cursor-pointer flex-col items-center justify-center gap-2 rounded-xl border-2 border-dashed px-6 py-10 text-center transition-colors focus-within:border-ring',
                dragging ? 'border-primary bg-primary/5' : 'border-border hover:border-muted-foreground/50',
              )}
              data-testid="import-dropzone"
            >
              <Upload className="size-6 text-muted-foreground" aria-hidden />
              <span className="text-[13px]">
                {t('budgets.import.drop')} <span className="font-medium text-primary underline-offset-4 hover:underline">{t('budgets.import.choose')}</span>
              </span>
              <span className="max-w-md text-[12px] text-muted-foreground">{t('budgets.import.fileHint')}</span>
              <input
                ref={inputRef}
                type="file"
                accept=".csv,text/csv,text/plain"
                className="sr-only"
                data-testid="import-file"
                onChange={(e) => void onFile(e.target.files?.[0])}
              />
            </label>
            {reading ? (
              <div role="status" className="flex flex-col gap-1.5 text-[12.5px] text-muted-foreground">
                {t('budgets.import.reading', { name: reading.name, percent: reading.percent })}
                <progress className="h-1.5 w-full accent-(--primary)" max={100} value={reading.percent} />
              </div>
            ) : null}
            {fileError ? <Alert>{fileError}</Alert> : null}
            <div>
              <Button variant="link" onClick={downloadTemplate} data-testid="import-template">
                <Download aria-hidden />
                {t('budgets.import.template')}
              </Button>
            </div>
          </div>
        ) : null}

        {step === 'columns' && parsed ? (
          <div className="flex flex-col gap-3">
            <p className="text-[13px]">
              <FileUp className="mr-1.5 inline size-4 align-[-3px] text-muted-foreground" aria-hidden />
              {t('budgets.import.file', { name: parsed.name, count: parsed.rows.length })}
            </p>
            <div>
              <h3 className="text-[13px] font-semibold">{t('budgets.import.mapTitle')}</h3>
              <p className="text-[12.5px] text-muted-foreground">{t('budgets.import.mapHint')}</p>
            </div>
            <div className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
              {IMPORT_FIELDS.map((field) => {
                const index = mapping[field];
                const sample = index === undefined ? '' : (parsed.rows[0]?.[index] ?? '');
                const required = REQUIRED_IMPORT_FIELDS.includes(field);
                return (
                  <div key={field} className="flex items-center gap-3">
                    <span className="w-40 shrink-0 text-[13px]" id={`map-${field}`}>
                      {fieldLabel(field)}
                      {required ? <span className="ml-1 text-[11.5px] text-muted-foreground">({t('budgets.import.required')})</span> : null}
                    </span>
                    <div className="flex min-w-0 flex-1 flex-col gap-0.5">
                      <Select
                        size="sm"
                        aria-label={fieldLabel(field)}
                        value={index === undefined ? NONE : String(index)}
                        onValueChange={(v) => {
                          setServerErrors(null);
                          setMapping((m) => {
                            const next = { ...m };
                            if (v === NONE) delete next[field];
                            else next[field] = Number(v);
                            return next;
                          });
                        }}
                        options={[
                          { value: NONE, label: t('budgets.import.notMapped') },
                          ...parsed.header.map((h, i) => ({ value: String(i), label: h.trim() || `#${i + 1}` })),
                        ]}
                        data-testid={`map-${field}`}
                      />
                      {sample ? <span className="truncate text-[11.5px] text-muted-foreground">{sample}</span> : null}
                    </div>
                  </div>
                );
              })}
            </div>
            {missing.length > 0 ? <Alert tone="warning">{t('budgets.import.missingRequired', { fields: missing.map(fieldLabel).join(', ') })}</Alert> : null}
          </div>
        ) : null}

        {step === 'check' && parsed && checked ? (
          <div className="flex flex-col gap-3">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone="success" data-testid="import-ready">{t('budgets.import.ready', { count: parsed.rows.length - problemRows })}</Badge>
              {problemRows > 0 ? (
                <Badge tone="danger" data-testid="import-problems">
                  <TriangleAlert className="size-3" aria-hidden />
                  {t('budgets.import.problems', { count: problemRows })}
                </Badge>
              ) : null}
              <label className="ml-auto flex items-center gap-2 text-[12.5px]">
                <input type="checkbox" className="size-4 accent-(--primary)" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
                {t('budgets.import.onlyProblems')}
              </label>
            </div>
            <p className="text-[12.5px] text-muted-foreground" data-testid="import-format">
              {t('budgets.import.readingFormat', {
                separator: t(`budgets.import.separators.${parsed.delimiter === '\t' ? 'tab' : parsed.delimiter === ';' ? 'semicolon' : 'comma'}`),
                numbers:
                  numberFormat.decimalMark === ','
                    ? t('budgets.import.decimalComma', { example: numberFormat.example ?? '' })
                    : numberFormat.decimalMark === '.'
                      ? t('budgets.import.decimalPoint', { example: numberFormat.example ?? '' })
                      : t('budgets.import.wholeNumbers'),
              })}
            </p>
            {submitError ? (
              <div data-testid="import-error">
                <Alert title={submitError}>{serverErrors ? t('budgets.import.fixFirst') : null}</Alert>
              </div>
            ) : checked.issues.length > 0 ? (
              <Alert tone="warning">{t('budgets.import.fixFirst')}</Alert>
            ) : null}
            <div className="max-h-[45vh] overflow-auto rounded-lg border border-border">
              <DataTable label={t('budgets.import.steps.check')} columns={columns} data={preview.slice(0, PREVIEW_LIMIT)} getRowId={(r) => String(r.index)} testId="import-preview" />
            </div>
            {preview.length > PREVIEW_LIMIT ? (
              <p className="text-[12px] text-muted-foreground">{t('budgets.import.showing', { shown: PREVIEW_LIMIT, total: preview.length })}</p>
            ) : null}
            {progress !== null ? (
              <div role="status" className="flex flex-col gap-1.5 text-[12.5px] text-muted-foreground" data-testid="import-progress">
                {progress < 100 ? t('budgets.import.uploading', { percent: progress }) : t('budgets.import.importing')}
                <progress className="h-1.5 w-full accent-(--primary)" max={100} value={progress} />
              </div>
            ) : null}
          </div>
        ) : null}

        <DialogFooter>
          {step !== 'file' ? (
            <Button variant="secondary" className="mr-auto" disabled={uploading} onClick={() => setStep(step === 'check' ? 'columns' : 'file')}>
              {step === 'columns' ? t('budgets.import.changeFile') : t('budgets.import.back')}
            </Button>
          ) : null}
          <Button variant="secondary" disabled={uploading} onClick={() => onOpenChange(false)}>
            {t('common.cancel')}
          </Button>
          {step === 'columns' ? (
            <Button disabled={missing.length > 0} onClick={() => setStep('check')} data-testid="import-next">
              {t('budgets.import.next')}
            </Button>
          ) : null}
          {step === 'check' && checked ? (
            <Button
              disabled={checked.issues.length > 0 || checked.rows.length === 0 || serverErrors !== null}
              loading={uploading}
              onClick={() => void submit()}
              data-testid="import-submit"
            >
              {t('budgets.import.submit', { count: checked.rows.length })}
            </Button>
          ) : null}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
