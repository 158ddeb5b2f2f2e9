import { randomBytes } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';

export const PASSWORD = 'lampu panggung 42';
export const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString('hex')}@example.id`;

/** Picks an option in one of our Radix selects, found by its accessible name. */
export async function choose(page: Page, label: string | RegExp, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

export async function signUp(page: Page, name: string, organization: string) {
  const email = uniqueEmail(name.toLowerCase().split(' ')[0]!);
  await page.goto('/signup');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Organization name').fill(organization);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Events' })).toBeVisible();
  return email;
}

/**
 * Fills a DateTimeInput (the app's own date and time boxes, not the browser's datetime-local)
 * found by its field label, from a wall-clock `YYYY-MM-DDTHH:mm`.
 */
export async function fillDateTime(scope: Page | Locator, label: string, local: string) {
  const date = scope.getByLabel(label, { exact: true });
  const id = await date.getAttribute('id');
  await date.fill(local.slice(0, 10));
  await date.press('Tab');
  const time = scope.locator(`[id="${id}-time"]`);
  await time.fill(local.slice(11, 16));
  await time.press('Tab');
}
