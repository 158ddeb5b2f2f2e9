import { Injectable } from '@nestjs/common';
import { currencyExponent, formatDecimal, formatMoney, toCsv, type BudgetLine, type Locale } from '@rundown/domain';
import PDFDocument from 'pdfkit';
import type { OrgContext } from '../../common/request-context.js';
import { toLine } from './budget.mapper.js';
import { BudgetsRepository } from './budgets.repository.js';
import { EventsService } from '../events/events.service.js';
import { BudgetsService } from './budgets.service.js';
import type { FileResult } from '../../common/contract.interceptor.js';


const CSV_HEADER = [
  'category', 'description', 'accountCode', 'vendor', 'quantity', 'unit', 'rate', 'currency', 'exchangeRate', 'multiplier',
  'fringes', 'notes', 'subtotal', 'fringeTotal', 'estimate', 'committed', 'actual', 'paid', 'variance',
];
/** Columns that hold numbers: written as they are, never prefixed against formula injection. */
const NUMERIC = new Set([4, 6, 8, 9, 12, 13, 14, 15, 16, 17, 18]);

const LABELS = {
  en: { title: 'Budget top sheet', category: 'Category', estimate: 'Estimate', committed: 'Committed', actual: 'Actual', variance: 'Variance', total: 'Total', lines: 'lines', printed: 'Printed' },
  id: { title: 'Ringkasan anggaran', category: 'Kategori', estimate: 'Estimasi', committed: 'Komitmen', actual: 'Aktual', variance: 'Selisih', total: 'Total', lines: 'baris', printed: 'Dicetak' },
};

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'budget';

@Injectable()
export class BudgetReportsService {
  constructor(
    private readonly budgets: BudgetsService,
    private readonly repository: BudgetsRepository,
    private readonly events: EventsService,
  ) {}

  /** Every line as CSV, amounts in major units so the file re-imports as it is. */
  exportCsv(ctx: OrgContext, eventId: string): Promise<FileResult> {
    return this.budgets.withBudget(ctx, eventId, async (tx, budget) => {
      await tx.bulk();
      const event = await this.events.require(tx, eventId);
      const categories = new Map((await this.repository.categories(tx, budget.id)).map((c) => [c.id, c.code || c.name]));
      const fringeNames = new Map(
        (await tx.query<{ id: string; name: string }>(`SELECT id, name FROM fringe_rules WHERE organization_id = $1`, [tx.orgId])).map((f) => [f.id, f.name]),
      );
      const lines: BudgetLine[] = (await this.repository.lines(tx, budget.id, 1_000_000, null)).map(toLine);
      const major = (minor: string, currency = budget.currency) => formatDecimal(BigInt(minor), currencyExponent(currency));
      const rows = lines.map((l) => [
        categories.get(l.categoryId) ?? '', l.description, l.accountCode, l.vendor, l.quantity, l.unit, major(l.rate, l.currency), l.currency,
        l.exchangeRate, l.multiplier, l.fringeIds.map((id) => fringeNames.get(id) ?? '').join(';'), l.notes,
        major(l.subtotal), major(l.fringeTotal), major(l.estimate), major(l.committed), major(l.actual), major(l.paid),
        major((BigInt(l.estimate) - BigInt(l.actual)).toString()),
      ]);
      return { filename: `${slug(event.name)}-budget.csv`, body: `\uFEFF${toCsv([CSV_HEADER, ...rows], NUMERIC)}\r\n` };
    });
  }

  /** The top sheet as a one-table PDF: estimate, committed, actual and variance by category. */
  async topSheetPdf(ctx: OrgContext, eventId: string, locale: Locale | undefined): Promise<FileResult> {
    const summary = await this.budgets.summary(ctx, eventId);
    const event = await this.budgets.withBudget(ctx, eventId, async (tx) => {
      const [row] = await tx.query<{ name: string; client: string | null; venue: string | null; locale: Locale }>(
        `SELECT e.name, e.client, e.venue, o.locale FROM events e JOIN organizations o ON o.id = e.organization_id WHERE e.id = $1 AND e.organization_id = $2`,
        [eventId, tx.orgId],
      );
      return row!;
    });
    const language = (locale ?? event.locale) === 'en' ? 'en' : 'id';
    const intl = language === 'en' ? 'en' : 'id-ID';
    const t = LABELS[language];
    const money = (minor: string) => formatMoney(minor, summary.currency, intl);
    const depth = new Map<string, number>();
    for (const c of summary.categories) depth.set(c.id, c.parentId ? (depth.get(c.parentId) ?? 0) + 1 : 0);

    const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: `${t.title} — ${event.name}` } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

    doc.font('Helvetica-Bold').fontSize(16).text(t.title);
    doc.font('Helvetica').fontSize(11).text(event.name);
    doc.fontSize(9).fillColor('#555').text([event.client, event.venue].filter(Boolean).join(' · '));
    doc.text(`${summary.lineCount} ${t.lines} · ${t.printed} ${new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date())}`);
    doc.moveDown(1).fillColor('#000');

    const columns = [
      { label: t.category, x: 40, width: 195, align: 'left' as const },
      { label: t.estimate, x: 235, width: 80, align: 'right' as const },
      { label: t.committed, x: 315, width: 80, align: 'right' as const },
      { label: t.actual, x: 395, width: 80, align: 'right' as const },
      { label: t.variance, x: 475, width: 80, align: 'right' as const },
    ];
    const row = (cells: string[], bold = false, color = '#000') => {
      if (doc.y > 780) doc.addPage();
      const y = doc.y;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
      cells.forEach((cell, i) => doc.fillColor(i === 4 ? color : '#000').text(cell, columns[i]!.x, y, { width: columns[i]!.width, align: columns[i]!.align, lineBreak: false }));
      doc.moveDown(0.35);
      doc.moveTo(40, doc.y).lineTo(555, doc.y).lineWidth(0.3).strokeColor('#ccc').stroke();
      doc.moveDown(0.35);
    };
    row(columns.map((c) => c.label), true);
    for (const c of summary.categories) {
      const indent = '    '.repeat(depth.get(c.id) ?? 0);
      row(
        [`${indent}${c.code ? `${c.code}  ` : ''}${c.name}`, money(c.totals.estimate), money(c.totals.committed), money(c.totals.actual), money(c.totals.variance)],
        depth.get(c.id) === 0,
        c.totals.variance.startsWith('-') ? '#b91c1c' : '#000',
      );
    }
    row([t.total, money(summary.totals.estimate), money(summary.totals.committed), money(summary.totals.actual), money(summary.totals.variance)], true,
      summary.totals.variance.startsWith('-') ? '#b91c1c' : '#000');
    doc.end();
    return { filename: `${slug(event.name)}-top-sheet.pdf`, body: await done };
  }
}
