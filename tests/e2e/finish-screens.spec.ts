import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { signUp } from './fixtures.js';

/**
 * Issue 10, "the finish": money you can read, one format for dates, times and durations. For each
 * language and theme, at 1440×900 and 390×844, the budget grid, an invalid cell, the event form's
 * date and time boxes, the events filters and the run of show are checked and photographed into
 * reports/screens/ for a reviewer to open.
 */

const LINES = [
  { category: '100', description: 'Istora Senayan, hall rental (2 days)', quantity: '2', unit: 'day', rate: '1250000000', vendor: 'GBK' },
  { category: '200', description: 'Main stage 24 × 12 m with roof', quantity: '1', unit: 'flat', rate: '685000000', vendor: 'PT Panggung Megah' },
  { category: '300', description: 'Line array L-Acoustics K2, 24 boxes', quantity: '2', unit: 'day', rate: '96500000', vendor: 'PT Suara Jaya Audio' },
  { category: '300', description: 'Monitor wedges', quantity: '12', unit: 'day', rate: '1750000', vendor: 'PT Suara Jaya Audio' },
  { category: '400', description: 'Moving heads and follow spots', quantity: '2', unit: 'day', rate: '145250000', vendor: 'Cahaya Abadi' },
  { category: '500', description: 'LED wall P3.9, 120 m²', quantity: '2', unit: 'day', rate: '212000000', vendor: 'Visual Nusantara' },
  { category: '600', description: 'Headliner fee', quantity: '1', unit: 'flat', rate: '2750000000' },
  { category: '700', description: 'Riggers', quantity: '24', unit: 'person', rate: '650000' },
  { category: '800', description: 'Crew catering', quantity: '320', unit: 'item', rate: '45000', vendor: 'Dapur Bu Sri' },
  { category: '900', description: 'Trucks Jakarta – venue', quantity: '6', unit: 'flat', rate: '8500000' },
];

async function csrf(page: Page): Promise<string> {
  const response = await page.request.get('/api/auth/csrf');
  return ((await response.json()) as { token: string }).token;
}

type Seeded = { orgId: string; eventId: string };

async function seed(page: Page): Promise<Seeded> {
  await signUp(page, 'Rina Wulandari', `Senja ${randomBytes(3).toString('hex')}`);
  const orgId = /\/orgs\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
  const headers = { 'x-csrf-token': await csrf(page) };
  const event = await page.request.post(`/api/orgs/${orgId}/events`, {
    headers,
    data: { name: 'Konser Senja di Jakarta', kind: 'live_event', startAt: '2026-12-19T15:00:00+07:00', endAt: '2026-12-19T23:30:00+07:00', timeZone: 'Asia/Jakarta', currency: 'IDR' },
  });
  expect(event.status()).toBe(201);
  const eventId = ((await event.json()) as { id: string }).id;
  const imported = await page.request.post(`/api/orgs/${orgId}/events/${eventId}/budget/lines/import`, {
    headers: { ...headers, 'idempotency-key': `screens-${randomBytes(8).toString('hex')}` },
    data: { rows: LINES },
  });
  expect(imported.status()).toBe(201);
  // Spend more than planned on the trucks: a negative variance to show.
  const lines = (await (await page.request.get(`/api/orgs/${orgId}/events/${eventId}/budget/lines?limit=100`)).json()) as { items: { id: string; description: string }[] };
  const trucks = lines.items.find((l) => l.description.startsWith('Trucks'))!;
  const expense = await page.request.post(`/api/orgs/${orgId}/events/${eventId}/budget/expenses`, {
    headers,
    data: { lineId: trucks.id, amount: '63250000', currency: 'IDR', payee: 'CV Angkut', spentOn: '2026-12-18' },
  });
  expect(expense.status()).toBe(201);
  // A run of show with cues of several lengths.
  const day = `/api/orgs/${orgId}/events/${eventId}/rundown/2026-12-19`;
  expect((await page.request.put(day, { headers, data: { startsAt: '2026-12-19T19:00:00+07:00' } })).ok()).toBe(true);
  for (const [title, durationSeconds] of [['Doors open', 1800], ['Opening act', 2700], ['Changeover', 300], ['Headliner', 5400], ['Encore', 750]] as const) {
    expect((await page.request.post(`${day}/cues`, { headers, data: { title, durationSeconds } })).ok()).toBe(true);
  }
  return { orgId, eventId };
}

const shot = (page: Page, name: string) => page.screenshot({ path: `reports/screens/${name}.png`, fullPage: false });

for (const language of ['id', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the finish in ${language}, ${theme}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.addInitScript((th) => localStorage.setItem('rundown.theme', th), theme);
      await page.setViewportSize({ width: 1440, height: 900 });
      const { orgId, eventId } = await seed(page);
      // Signed up in English (the fixture's labels); the language chosen on this device wins from here.
      await page.evaluate((lang) => localStorage.setItem('rundown.lang', lang), language);
      const tag = `${language}-${theme}`;

      // Budget grid at 1440: the four money columns fit, nothing is cut, no currency in cells.
      await page.goto(`/orgs/${orgId}/events/${eventId}/budget`);
      const grid = page.getByTestId('budget-grid');
      await expect(page.locator('[role="row"][data-line-id]').first()).toBeVisible();
      const fits = await page.evaluate(() => {
        const scroller = document.querySelector<HTMLElement>('[data-testid="budget-grid"]')!;
        const view = { right: scroller.getBoundingClientRect().left + scroller.clientWidth };
        const header = (id: string) => document.querySelector(`[role="row"][data-line-id] [data-column="${id}"]`)?.getBoundingClientRect();
        const cut = [...document.querySelectorAll('[role="row"] [data-column="estimate"], [role="row"] [data-column="variance"], [role="row"] [data-column="rate"]')].filter(
          (c) => (c as HTMLElement).scrollWidth > (c as HTMLElement).clientWidth + 1,
        ).length;
        return { viewRight: view.right, varianceRight: header('variance')?.right ?? Infinity, cut, scrollLeft: scroller.scrollLeft };
      });
      expect(fits.scrollLeft).toBe(0);
      expect(fits.varianceRight).toBeLessThanOrEqual(fits.viewRight);
      expect(fits.cut).toBe(0);
      await expect(grid.locator('[data-column="estimate"]').first()).not.toContainText(/Rp|IDR/);
      await shot(page, `budget-1440-${tag}`);
      // Spent more than planned: a negative variance with a clear minus, in red.
      await grid.evaluate((el) => (el.scrollTop = el.scrollHeight));
      const trucksVariance = page.locator('[role="row"][data-line-id]', { hasText: 'Trucks' }).locator('[data-column="variance"]');
      await expect(trucksVariance).toHaveText(/^−\d/);
      await shot(page, `budget-bottom-1440-${tag}`);
      await grid.evaluate((el) => (el.scrollTop = 0));

      // An invalid cell: its reason is visible next to it, the value kept.
      await page.locator('[role="row"][data-line-id]', { hasText: 'Riggers' }).locator('[data-column="quantity"]').click();
      await page.keyboard.type('-5');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('cell-editor-error')).toBeVisible();
      await expect(page.getByTestId('cell-editor')).toHaveValue('-5');
      await shot(page, `budget-invalid-1440-${tag}`);
      await page.keyboard.press('Escape');

      // The event form: date and time boxes in the app's language, the zone named beside them.
      await page.goto(`/orgs/${orgId}/events/${eventId}`);
      await page.getByRole('button', { name: language === 'id' ? 'Ubah' : 'Edit' }).first().click();
      const form = page.getByTestId('event-form');
      await expect(form).toBeVisible();
      await expect(form).toContainText(language === 'id' ? 'WIB' : 'WIB (UTC+7)');
      const startDate = await form.locator('input[id$="-time"]').first().inputValue();
      expect(startDate).toBe(language === 'id' ? '15.00' : '15:00');
      await shot(page, `event-form-1440-${tag}`);
      await page.keyboard.press('Escape');

      // Events filters use the same date boxes.
      await page.goto(`/orgs/${orgId}/events`);
      await page.locator('#events-from').fill('1/12/2026');
      await page.locator('#events-from').press('Enter');
      await expect(page.locator('#events-from')).toHaveValue(language === 'id' ? '1 Des 2026' : '1 Dec 2026');
      await shot(page, `events-1440-${tag}`);

      // Run of show: durations in words beside 24-hour start times.
      await page.goto(`/orgs/${orgId}/events/${eventId}/rundown/2026-12-19`);
      await expect(page.getByTestId('cue-row')).toHaveCount(5);
      await expect(page.getByTestId('cue-start').first()).toHaveText(language === 'id' ? '19.00' : '19:00');
      await expect(page.getByTestId('cue-row').nth(3)).toContainText(language === 'id' ? '1 j 30 mnt' : '1 h 30 min');
      await expect(page.getByTestId('cue-row').nth(2)).not.toContainText('05:00');
      await shot(page, `rundown-1440-${tag}`);

      // Phones.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/orgs/${orgId}/events/${eventId}/budget`);
      await expect(page.locator('[role="row"][data-line-id]').first()).toBeVisible();
      await shot(page, `budget-390-${tag}`);
      await page.goto(`/orgs/${orgId}/events/${eventId}/rundown/2026-12-19`);
      await expect(page.getByTestId('cue-row').first()).toBeVisible();
      await shot(page, `rundown-390-${tag}`);
      await page.goto(`/orgs/${orgId}/events/${eventId}`);
      await page.getByRole('button', { name: language === 'id' ? 'Ubah' : 'Edit' }).first().click();
      await expect(page.getByTestId('event-form')).toBeVisible();
      await shot(page, `event-form-390-${tag}`);
    });
  }
}
