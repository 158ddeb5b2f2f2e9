import { expect, test } from '@playwright/test';

test.use({ locale: 'en-US', timezoneId: 'Asia/Jakarta' });

test('the demo concert at a glance, and its calendar link with every task and cue', async ({ page }) => {
  // The demo organization that `pnpm start` seeds on the embedded database; its owner reads Bahasa Indonesia.
  await page.goto('/login');
  await page.getByLabel('Email').fill('demo@rundown.id');
  await page.getByLabel('Password').fill('panggung-senja-2026');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('events-table').getByRole('link', { name: 'Konser Senja di Jakarta' }).click();

  const overview = page.getByTestId('event-overview');
  await expect(overview).toBeVisible();
  const eventPath = new URL(page.url()).pathname;
  await expect(overview.getByTestId('overview-estimate')).toHaveText('Rp 1.766.722.000');
  await expect(overview.getByTestId('overview-tasks')).toContainText('2 dari 16 selesai');
  await expect(overview.getByTestId('overview-upcoming').getByRole('listitem')).toHaveCount(5);
  await expect(overview.getByTestId('overview-rundown')).toContainText('6 cue');

  await page.getByRole('button', { name: 'Tindakan acara' }).click();
  await page.getByTestId('open-event-calendar').click();
  await page.getByTestId('create-event-calendar-feed').click();
  const url = await page.getByTestId('event-calendar-url').inputValue();
  const feed = await page.request.get(new URL(url).pathname);
  expect(feed.status()).toBe(200);
  const body = await feed.text();
  expect(body).toContain('X-WR-CALNAME:Konser Senja di Jakarta');
  expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(20 + 6);
  // The demo's dates follow the day it was seeded; the first cue opens the concert's day at 19.00.
  const event = await page.request.get(`/api${eventPath}`);
  const showDay = new Date(Date.parse((await event.json()).startAt) + 7 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
  expect(body).toContain('SUMMARY:Pintu dibuka');
  expect(body).toContain(`DTSTART;TZID=Asia/Jakarta:${showDay}T190000`);
});
