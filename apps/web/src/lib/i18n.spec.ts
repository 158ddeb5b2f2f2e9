import { afterEach, describe, expect, it } from 'vitest';
import { i18next, initI18n } from './i18n';

describe('numbers in sentences', () => {
  afterEach(() => i18next.changeLanguage('en'));

  it('are grouped the way the language writes them', async () => {
    initI18n();
    await i18next.changeLanguage('en');
    expect(i18next.t('budgets.subtitle', { count: 12345, currency: 'IDR' })).toBe('12,345 lines · IDR');
    expect(i18next.t('budgets.subtitle', { count: 1, currency: 'IDR' })).toBe('1 line · IDR');
    await i18next.changeLanguage('id');
    expect(i18next.t('budgets.subtitle', { count: 12345, currency: 'IDR' })).toBe('12.345 baris · IDR');
  });
});
