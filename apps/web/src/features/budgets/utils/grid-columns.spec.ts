import type { BudgetLine } from '@rundown/domain';
import { describe, expect, it } from 'vitest';
import { clearCell, copyText, formatCell, parseCell, parseUnit, type CellContext } from './grid-columns';

const ctx = (locale: string): CellContext => ({ locale, budgetCurrency: 'IDR', fringes: [], unitLabel: (u) => u });
const line = {
  id: 'l1', categoryId: 'c', description: 'Genset', accountCode: null, vendor: null, quantity: '1234.5', unit: 'day', rate: '1250000', currency: 'IDR',
  exchangeRate: '1', multiplier: '1', fringeIds: [], notes: null, sortOrder: 1, subtotal: '0', fringeTotal: '0', estimate: '1543125000',
  committed: '0', actual: '1600000000', paid: '0', version: 1, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null,
} satisfies BudgetLine;

describe('grid cells', () => {
  it('show money and numbers in the user’s locale', () => {
    // No currency symbol in cells (the header names it); a true minus sign.
    expect(formatCell(line, 'rate', ctx('id-ID'))).toBe('1.250.000');
    expect(formatCell({ ...line, currency: 'USD', rate: '125050' }, 'rate', ctx('en-US'))).toBe('1,250.50 USD');
    expect(formatCell(line, 'quantity', ctx('id-ID'))).toBe('1.234,5');
    expect(formatCell(line, 'quantity', ctx('en-US'))).toBe('1,234.5');
    expect(formatCell(line, 'variance', ctx('id-ID'))).toBe('−56.875.000');
    expect(formatCell(line, 'variance', ctx('en-US'))).toBe('−56,875,000');
    expect(copyText(line, 'rate', ctx('id-ID'))).toBe('1.250.000');
    expect(copyText(line, 'quantity', ctx('id-ID'))).toBe('1234,5');
  });

  it('read typed values and refuse what is not valid', () => {
    expect(parseCell('Rp 2.000.000', 'rate', line, ctx('id-ID'))).toEqual({ ok: true, patch: { rate: '2000000' } });
    expect(parseCell('2.000.000,5', 'rate', line, ctx('id-ID'))).toMatchObject({ ok: false, error: { key: 'moneyDecimals', values: { currency: 'IDR', count: 0 } } });
    expect(parseCell('two million', 'rate', line, ctx('id-ID'))).toMatchObject({ ok: false, error: { key: 'notMoney' } });
    // Read by the data, whatever the UI language.
    for (const locale of ['id-ID', 'en-US']) {
      expect(parseCell('11,5 jt', 'rate', line, ctx(locale))).toEqual({ ok: true, patch: { rate: '11500000' } });
      expect(parseCell('11,500,000', 'rate', line, ctx(locale))).toEqual({ ok: true, patch: { rate: '11500000' } });
      expect(parseCell('12.000.000,00', 'rate', line, ctx(locale))).toEqual({ ok: true, patch: { rate: '12000000' } });
      expect(parseCell('250 rb', 'rate', line, ctx(locale))).toEqual({ ok: true, patch: { rate: '250000' } });
      expect(parseCell('1,2 M', 'rate', line, ctx(locale))).toEqual({ ok: true, patch: { rate: '1200000000' } });
      expect(parseCell('2,5', 'quantity', line, ctx(locale))).toEqual({ ok: true, patch: { quantity: '2.5' } });
    }
    expect(parseCell('2M', 'rate', line, ctx('en-US'))).toEqual({ ok: false, error: { key: 'ambiguousAmount', values: { first: '2,000,000,000', second: '2,000,000' } } });
    expect(parseCell('-3', 'quantity', line, ctx('en-US'))).toMatchObject({ ok: false, error: { key: 'notNumber' } });
    expect(parseCell('1.0001', 'quantity', line, ctx('en-US'))).toMatchObject({ ok: false, error: { key: 'tooManyDecimals', values: { scale: 3 } } });
    expect(parseCell('usd', 'currency', line, ctx('en-US'))).toEqual({ ok: true, patch: { currency: 'USD' } });
    expect(parseCell('hari', 'unit', line, ctx('en-US'))).toEqual({ ok: true, patch: { unit: 'day' } });
    expect(parseCell('x', 'estimate', line, ctx('en-US'))).toMatchObject({ ok: false, error: { key: 'readOnly' } });
    expect(parseCell('2', 'exchangeRate', line, ctx('en-US'))).toMatchObject({ ok: false, error: { key: 'sameCurrencyRate' } });
    expect(parseCell('1', 'exchangeRate', line, ctx('en-US'))).toEqual({ ok: true, patch: {} });
    expect(parseCell('a'.repeat(31), 'accountCode', line, ctx('en-US'))).toMatchObject({ ok: false, error: { key: 'tooLong' } });
  });

  it('clear to sensible values, but never the description', () => {
    expect(clearCell('vendor', line, ctx('en-US'))).toEqual({ ok: true, patch: { vendor: null } });
    expect(clearCell('quantity', line, ctx('en-US'))).toEqual({ ok: true, patch: { quantity: '0' } });
    expect(clearCell('multiplier', line, ctx('en-US'))).toEqual({ ok: true, patch: { multiplier: '1' } });
    expect(clearCell('description', line, ctx('en-US'))).toMatchObject({ ok: false, error: { key: 'required' } });
  });

  it('know units by code, English and Indonesian names', () => {
    expect(parseUnit('Orang')).toBe('person');
    expect(parseUnit('DAY')).toBe('day');
    expect(parseUnit('parsec')).toBeNull();
  });
});
