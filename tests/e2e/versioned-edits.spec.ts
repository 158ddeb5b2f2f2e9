import { randomBytes } from 'node:crypto';
import { expect, test, type Page, type Request } from '@playwright/test';
import { signUp } from './fixtures.js';

test.use({ locale: 'en-US' });

/**
 * The edits whose routes became versioned (categories, fringe rules, vendors, the rundown day)
 * still save from the dashboard: each write names the version it saw (If-Match), or creates
 * with If-None-Match: *, and a second edit of the same thing names the version the first made.
 */
async function saved(page: Page, method: string, path: RegExp, act: () => Promise<void>): Promise<Request> {
  const response = page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname));
  await act();
  const res = await response;
  expect(res.status(), `${method} ${res.url()}: ${await res.text()}`).toBe(200);
  return res.request();
}

test('categories, fringes, vendors and the rundown day save with the version they were read at', async ({ page }) => {
  await signUp(page, 'Rina Wulandari', `Versi ${randomBytes(3).toString('hex')}`);
  const orgId = /\/orgs\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
  const csrf = ((await (await page.request.get('/api/auth/csrf')).json()) as { token: string }).token;
  const headers = { 'x-csrf-token': csrf };
  const event = await page.request.post(`/api/orgs/${orgId}/events`, {
    headers,
    data: { name: 'Konser Versi', kind: 'live_event', startAt: '2026-12-19T15:00:00+07:00', endAt: '2026-12-19T23:30:00+07:00', timeZone: 'Asia/Jakarta', currency: 'IDR' },
  });
  const eventId = ((await event.json()) as { id: string }).id;
  const vendor = await page.request.post(`/api/orgs/${orgId}/vendors`, { headers, data: { name: 'PT Suara Versi', category: 'av_rental' } });
  expect(vendor.status()).toBe(201);

  // Categories: rename one twice; the second rename names the version the first produced.
  await page.goto(`/orgs/${orgId}/events/${eventId}/budget`);
  await page.getByTestId('budget-more').click();
  await page.getByRole('menuitem', { name: 'Categories' }).click();
  const dialog = page.getByTestId('categories-dialog');
  const name = dialog.getByTestId('category-row').first().getByRole('textbox').nth(1);
  const first = await saved(page, 'PATCH', /\/budget\/categories\/[0-9a-f-]+$/, async () => {
    await name.fill('Venue & izin');
    await name.press('Enter');
  });
  expect(first.headers()['if-match']).toBe('"1"');
  await expect(dialog.getByTestId('category-row').first().getByRole('textbox').nth(1)).toHaveValue('Venue & izin');
  const second = await saved(page, 'PATCH', /\/budget\/categories\/[0-9a-f-]+$/, async () => {
    const renamed = dialog.getByTestId('category-row').first().getByRole('textbox').nth(1);
    await renamed.fill('Venue dan izin');
    await renamed.press('Enter');
  });
  expect(second.headers()['if-match']).toBe('"2"');
  await page.keyboard.press('Escape');

  // A fringe rule: add the PPN preset, then edit it.
  await page.getByTestId('budget-more').click();
  await page.getByRole('menuitem', { name: 'Fringes' }).click();
  const fringes = page.getByTestId('fringes-dialog');
  await fringes.getByRole('button', { name: /^PPN/ }).click();
  await fringes.getByRole('button', { name: 'Edit PPN' }).click();
  const edit = await saved(page, 'PATCH', /\/fringes\/[0-9a-f-]+$/, async () => {
    await fringes.getByTestId('fringe-form').getByLabel('Name').fill('PPN 11%');
    await fringes.getByTestId('fringe-submit').click();
  });
  expect(edit.headers()['if-match']).toBe('"1"');
  await page.keyboard.press('Escape');

  // A vendor: edit it from the directory.
  await page.goto(`/orgs/${orgId}/vendors`);
  await page.getByRole('button', { name: 'Actions for PT Suara Versi' }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const vendorSave = await saved(page, 'PATCH', /\/vendors\/[0-9a-f-]+$/, async () => {
    await page.getByTestId('vendor-form').getByLabel('Company name').fill('PT Suara Versi Baru');
    await page.getByTestId('save-vendor').click();
  });
  expect(vendorSave.headers()['if-match']).toBe('"1"');
  await expect(page.getByText('PT Suara Versi Baru')).toBeVisible();

  // The rundown day: create it (If-None-Match: *), then move its start (If-Match with the day's version).
  await page.goto(`/orgs/${orgId}/events/${eventId}/rundown/2026-12-19`);
  const created = await saved(page, 'PUT', /\/rundown\/2026-12-19$/, () => page.getByTestId('create-rundown-day').click());
  expect(created.headers()['if-none-match']).toBe('*');
  expect(created.headers()['if-match']).toBeUndefined();
  const dayStart = page.getByTestId('day-start');
  const moved = await saved(page, 'PUT', /\/rundown\/2026-12-19$/, async () => {
    await dayStart.fill('18:30');
    await dayStart.press('Enter');
  });
  expect(moved.headers()['if-match']).toBe('"1"');
});
