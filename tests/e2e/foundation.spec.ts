import { expect, test } from '@playwright/test';
import { choose, fillDateTime, PASSWORD, signUp, uniqueEmail } from './fixtures.js';

test.use({ locale: 'en-US' });

test('sign up, create an event, invite a member who joins from another browser, then switch to Bahasa Indonesia', async ({ page, browser }) => {
  await signUp(page, 'Rina Wulandari', 'Senja Production House');
  await expect(page.getByText('No events yet')).toBeVisible();

  // Create an event.
  await page.getByTestId('new-event').first().click();
  const form = page.getByTestId('event-form');
  await form.getByLabel('Name').fill('Konser Senja di Jakarta');
  await fillDateTime(form, 'Starts', '2026-12-19T15:00');
  await fillDateTime(form, 'Ends', '2026-12-19T23:30');
  await form.getByLabel('Venue').fill('Istora Senayan');
  await form.getByLabel('Client').fill('PT Nada Nusantara');
  await form.getByRole('button', { name: 'Create event' }).click();
  await expect(page.getByText('Event “Konser Senja di Jakarta” created')).toBeVisible();
  await page.getByTestId('nav-events').click();
  const table = page.getByTestId('events-table');
  await expect(table.getByText('Konser Senja di Jakarta')).toBeVisible();
  await expect(table.getByText('Istora Senayan')).toBeVisible();

  // Invite a coordinator.
  await page.getByTestId('nav-members').click();
  await page.getByTestId('invite-member').click();
  const inviteForm = page.getByTestId('invite-form');
  const email = uniqueEmail('sari');
  await inviteForm.getByLabel('Email').fill(email);
  await choose(page, 'Role', 'Coordinator');
  await inviteForm.getByRole('button', { name: 'Create invitation' }).click();
  const link = await page.getByTestId('invitation-link').inputValue();
  expect(link).toContain('/invite/');

  // The invited person opens the link in another browser and creates an account.
  const other = await browser.newContext({ locale: 'en-US' });
  const guest = await other.newPage();
  await guest.goto(new URL(link).pathname);
  await expect(guest.getByText(`to join Senja Production House as Coordinator`)).toBeVisible();
  await guest.getByLabel('Your name').fill('Sari Nugroho');
  await guest.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await guest.getByRole('button', { name: 'Create account and join' }).click();
  await expect(guest.getByRole('heading', { name: 'Events' })).toBeVisible();
  await expect(guest.getByTestId('events-table').getByText('Konser Senja di Jakarta')).toBeVisible();
  await other.close();

  // Back in the first browser: the member is listed; then switch the language.
  await page.reload();
  await expect(page.getByText('Sari Nugroho')).toBeVisible();
  await page.getByTestId('nav-events').click();
  await choose(page, 'Language', 'Bahasa Indonesia');
  await expect(page.getByRole('heading', { name: 'Acara' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /Nama/ })).toBeVisible();
  await expect(page.getByTestId('events-table').getByText('Perencanaan')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');

  // The choice is remembered across a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Acara' })).toBeVisible();
});

test('shows sign-up errors in words, on the right fields', async ({ page }) => {
  await page.goto('/signup');
  await page.getByLabel('Your name').fill('Budi');
  await page.getByLabel('Work email').fill(uniqueEmail('budi'));
  await page.getByLabel('Password', { exact: true }).fill('password123');
  await page.getByLabel('Organization name').fill('Budi Organizer');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText(/too common|too weak/i).first()).toBeVisible();
  await expect(page).toHaveURL(/\/signup/);
});
