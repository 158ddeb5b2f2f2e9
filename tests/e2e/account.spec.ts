import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { base32Decode, hotp, totpStep } from '@rundown/api/modules/account/totp.js';
import { PASSWORD, signUp } from './fixtures.js';

test.use({ locale: 'en-US' });

const NEW_PASSWORD = 'tirai merah 2027';

/**
 * The reset link in the newest email to `email`, read from the outbox the server drains (the e2e
 * server runs on the embedded PostgreSQL in `.data/e2e-postgres`; its port is in postmaster.pid).
 */
async function resetLinkFor(email: string): Promise<string> {
  const port = readFileSync(resolve('.data/e2e-postgres/postmaster.pid'), 'utf8').split('\n')[3]!.trim();
  const client = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/rundown` });
  await client.connect();
  try {
    for (let i = 0; i < 50; i++) {
      const { rows } = await client.query(`SELECT body FROM email_outbox WHERE to_email = $1 ORDER BY id DESC LIMIT 1`, [email]);
      const match = rows[0] ? /https?:\/\/\S+\/reset-password\/[\w-]+/.exec(rows[0].body as string) : null;
      if (match) return new URL(match[0]).pathname;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no reset email to ${email}`);
  } finally {
    await client.end();
  }
}

test('sessions are listed and signed out one by one; a forgotten password is reset through the emailed link', async ({ page, browser }) => {
  const email = await signUp(page, 'Rina Wulandari', 'Senja Production House');

  // A second browser signs in; the first sees both sessions and signs the other one out.
  const phoneContext = await browser.newContext({ locale: 'en-US' });
  const phone = await phoneContext.newPage();
  await phone.goto('/login');
  await phone.getByLabel('Email').fill(email);
  await phone.getByLabel('Password').fill(PASSWORD);
  await phone.getByRole('button', { name: 'Log in' }).click();
  await expect(phone.getByRole('heading', { name: 'Events' })).toBeVisible();

  await page.goto('/account');
  const sessions = page.getByTestId('sessions-table');
  await expect(sessions.getByRole('row')).toHaveCount(3);
  await expect(sessions.getByText('This browser')).toBeVisible();
  await sessions.getByRole('button', { name: /^Sign out/ }).click();
  await expect(page.getByText('Session ended')).toBeVisible();
  await expect(sessions.getByRole('row')).toHaveCount(2);
  await phone.reload();
  await expect(phone.getByRole('button', { name: 'Log in' })).toBeVisible();

  // Forgotten password: ask for a link from the log-in page.
  await phone.getByRole('link', { name: 'Forgot your password?' }).click();
  // The log-in page has an Email field too: fill the reset page's only once it is there.
  await expect(phone.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await phone.getByLabel('Email').fill(email);
  await phone.getByRole('button', { name: 'Send reset link' }).click();
  await expect(phone.getByText('Check your email')).toBeVisible();

  // Open the emailed link, choose a new password, and sign in with it.
  await phone.goto(await resetLinkFor(email));
  await phone.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await phone.getByRole('button', { name: 'Set new password' }).click();
  await expect(phone.getByText('Your password has been changed. Log in with the new one.')).toBeVisible();
  await phone.getByLabel('Email').fill(email);
  await phone.getByLabel('Password').fill(NEW_PASSWORD);
  await phone.getByRole('button', { name: 'Log in' }).click();
  await expect(phone.getByRole('heading', { name: 'Events' })).toBeVisible();
  await phoneContext.close();

  // The reset ended every session, the first browser's too.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
});

test('two-factor sign-in: turned on from the account page, then asked for at the next sign-in', async ({ page, browser }) => {
  const email = await signUp(page, 'Dimas Prasetyo', 'Suara Jaya');
  await page.goto('/account');
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.getByLabel('Your password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Continue' }).click();
  const secret = await page.getByTestId('totp-secret').inputValue();
  // The authenticator app: the code of the current 30-second step, and of the next one.
  const step = totpStep(Date.now());
  await page.getByLabel('Code from the app').fill(hotp(base32Decode(secret), step));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await expect(page.getByText('Save your recovery codes')).toBeVisible();
  expect((await page.getByTestId('recovery-codes').inputValue()).split(/\s+/)).toHaveLength(10);
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await expect(page.getByText('10 recovery codes left')).toBeVisible();

  const laptopContext = await browser.newContext({ locale: 'en-US' });
  const laptop = await laptopContext.newPage();
  await laptop.goto('/login');
  await laptop.getByLabel('Email').fill(email);
  await laptop.getByLabel('Password').fill(PASSWORD);
  await laptop.getByRole('button', { name: 'Log in' }).click();
  await expect(laptop.getByText('Type the 6-digit code from your authenticator app')).toBeVisible();
  await laptop.getByLabel('Code', { exact: true }).fill(hotp(base32Decode(secret), step + 1));
  await laptop.getByRole('button', { name: 'Verify' }).click();
  await expect(laptop.getByRole('heading', { name: 'Events' })).toBeVisible();
  await laptopContext.close();
});
