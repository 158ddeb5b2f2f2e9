import { expect, test, type Page } from '@playwright/test';
import { choose, signUp } from './fixtures';

test.use({ locale: 'en-US', timezoneId: 'Asia/Jakarta' });

const SHOTS = process.env.LOCATIONS_SCREENSHOTS;

/** An event through the API, as the signed-in page (cookie and CSRF token). */
async function createEvent(page: Page, orgId: string, body: Record<string, unknown>): Promise<{ id: string; name: string }> {
  const csrf = (await (await page.request.get('/api/auth/csrf')).json()).token as string;
  const res = await page.request.post(`/api/orgs/${orgId}/events`, { data: body, headers: { 'x-csrf-token': csrf } });
  expect(res.status()).toBe(201);
  return res.json();
}

/** `days` from now, at 19:00 WIB. */
function dayAt(days: number, time: string): string {
  const d = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
  return `${d}T${time}:00+07:00`;
}

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a venue with a space, held for an event, a double booking refused, and a crowd permit whose apply-by has passed', async ({ page }) => {
  await signUp(page, 'Rina Lokasi', 'Lokasi Nusantara');
  const orgId = new URL(page.url()).pathname.split('/')[2]!;

  // A venue with one space, from the directory.
  await page.getByRole('link', { name: 'Locations' }).first().click();
  await expect(page.getByRole('heading', { name: 'Locations' })).toBeVisible();
  await page.getByTestId('new-location').first().click();
  const form = page.getByTestId('location-form');
  await form.locator('input[name=name]').fill('Istora Senayan');
  await form.locator('input[name=address]').fill('Jl. Pintu Satu Senayan');
  await form.locator('input[name=city]').fill('Jakarta Pusat');
  await form.getByTestId('space-name-0').fill('Arena');
  await form.locator('textarea[name=loadingDockNotes]').fill('Dock B via Gate 5');
  await form.locator('input[name=hospitalName]').fill('RSAL Dr. Mintohardjo');
  await page.getByTestId('save-location').click();
  await expect(page.getByRole('heading', { name: 'Istora Senayan' })).toBeVisible();
  await expect(page.getByTestId('location-spaces')).toContainText('Arena');
  await expect(page.getByText('WIB · UTC+7')).toBeVisible();
  await expect(page.getByTestId('location-map-link')).toHaveAttribute('href', /google\.com\/maps\/search\/\?api=1&query=Jl\.%20Pintu%20Satu%20Senayan/);

  const concert = await createEvent(page, orgId, {
    name: 'Konser Senja', kind: 'live_event', startAt: dayAt(20, '19:00'), endAt: dayAt(20, '23:00'), timeZone: 'Asia/Jakarta', currency: 'IDR', scale: 'international',
  });
  const expo = await createEvent(page, orgId, {
    name: 'Expo Kreatif', kind: 'corporate', startAt: dayAt(20, '18:00'), endAt: dayAt(20, '22:00'), timeZone: 'Asia/Jakarta', currency: 'IDR',
  });

  // Hold the arena for the concert, confirmed.
  const hold = async (eventId: string) => {
    await page.goto(`/orgs/${orgId}/events/${eventId}`);
    await page.getByTestId('add-hold').click();
    await choose(page, /^Place$/, /Istora Senayan/);
    await choose(page, /^Space$/, 'Arena');
    await choose(page, /^Hold$/, 'Confirmed');
    await page.getByTestId('save-hold').click();
  };
  await hold(concert.id);
  const places = page.getByTestId('event-places');
  await expect(places.getByTestId('event-place')).toContainText('Istora Senayan');
  await expect(places.getByTestId('event-place')).toContainText('Confirmed');

  // The same arena for the expo on the same day: a double booking, refused and named.
  await hold(expo.id);
  await expect(page.getByTestId('hold-form').getByRole('alert')).toContainText('Double booking: this space is already confirmed for “Konser Senja”.');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // A crowd permit for the international concert 20 days out: 30 days' notice, so apply-by has passed.
  await page.goto(`/orgs/${orgId}/events/${concert.id}`);
  await page.getByTestId('add-permit').click();
  await choose(page, 'Permit type', 'Crowd permit (police)');
  await expect(page.getByTestId('permit-form')).toContainText('Event proposal');
  await page.getByTestId('save-permit').click();
  const permit = page.getByTestId('event-permit');
  await expect(permit).toContainText('Crowd permit (police)');
  await expect(permit.getByTestId('permit-urgency')).toHaveAttribute('data-urgency', 'overdue');
  await expect(permit.getByTestId('permit-urgency')).toContainText(/Apply by .* — passed/);
  await expect(permit).toContainText('30 days before the event (law: at least 30 days)');
  await shoot(page, 'event-en');

  // The organization's board lists it as overdue.
  await page.getByRole('link', { name: 'Permits' }).first().click();
  await choose(page, 'Due', 'Overdue');
  await expect(page.getByTestId('permits-table')).toContainText('Konser Senja');
  await shoot(page, 'permits-en');

  if (SHOTS) {
    await page.goto(`/orgs/${orgId}/locations`);
    await expect(page.getByTestId('locations-table')).toContainText('Istora Senayan');
    await shoot(page, 'locations-en');
    await page.getByTestId('locations-table').getByRole('link', { name: 'Istora Senayan', exact: true }).click();
    await expect(page.getByTestId('location-usage')).toContainText('Konser Senja');
    await shoot(page, 'location-en');
    // Indonesian, and dark.
    await page.evaluate(() => localStorage.setItem('rundown.lang', 'id'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.getByTestId('location-usage')).toContainText('Konser Senja');
    await shoot(page, 'location-id-dark');
    await page.goto(`/orgs/${orgId}/events/${concert.id}`);
    await expect(page.getByTestId('event-permit')).toContainText('Izin keramaian');
    await shoot(page, 'event-id-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`/orgs/${orgId}/permits`);
    await expect(page.getByTestId('permits-table')).toContainText('Konser Senja');
    await shoot(page, 'permits-id');
    await page.goto(`/orgs/${orgId}/locations`);
    await expect(page.getByTestId('locations-table')).toContainText('Istora Senayan');
    await shoot(page, 'locations-id');
  }
});
