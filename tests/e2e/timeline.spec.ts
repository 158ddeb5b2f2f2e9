import { expect, test, type Page } from '@playwright/test';
import { choose, fillDateTime, PASSWORD, signUp, uniqueEmail } from './fixtures.js';

test.use({ locale: 'en-US', timezoneId: 'Asia/Jakarta' });

/** Creates an event from the events page and opens it; returns the event page's path. */
async function createEvent(page: Page, name: string, start: string, end: string): Promise<string> {
  await page.getByTestId('new-event').first().click();
  const form = page.getByTestId('event-form');
  await form.getByLabel('Name').fill(name);
  await fillDateTime(form, 'Starts', start);
  await fillDateTime(form, 'Ends', end);
  await form.getByRole('button', { name: 'Create event' }).click();
  await expect(page.getByText(`Event “${name}” created`)).toBeVisible();
  await page.getByTestId('nav-events').click();
  await page.getByTestId('events-table').getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function createTask(page: Page, title: string, start: string, end: string) {
  await page.getByTestId('new-task').first().click();
  const form = page.getByTestId('task-create-form');
  await form.getByLabel('Title').fill(title);
  await fillDateTime(form, 'Starts', start);
  await fillDateTime(form, 'Ends', end);
  await form.getByRole('button', { name: 'Create task' }).click();
  await expect(page.getByText(`Task “${title}” created`)).toBeVisible();
}

/**
 * How long the second screen may take to follow. `pnpm bench` measures the promise (every screen
 * within a second: p99 about 0.1 s with 50 screens); here a busy CI machine gets some slack.
 */
const LIVE_DELAY = 3000;

/** The Gantt bar of a task, found by its accessible name ("Title: Task, …"). */
const bar = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^${title}: Task,`) });

test('plan with a dependency, move by keyboard, hand a task to a vendor who marks it done', async ({ page, browser }) => {
  await signUp(page, 'Maya Kusuma', 'Panggung Nusantara');
  const eventPath = await createEvent(page, 'Festival Cahaya Kota', '2026-12-19T15:00', '2026-12-20T23:00');

  // The timeline, from the event page.
  await page.getByTestId('open-timeline').click();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByText('No tasks yet')).toBeVisible();
  const timelinePath = new URL(page.url()).pathname;
  expect(timelinePath).toBe(`${eventPath}/timeline`);

  await createTask(page, 'Load-in', '2026-12-19T08:00', '2026-12-19T12:00');
  await createTask(page, 'Sound check', '2026-12-19T12:00', '2026-12-19T14:00');
  await expect(bar(page, 'Sound check')).toHaveAttribute('data-start', '2026-12-19T05:00:00.000Z');

  // Sound check waits for Load-in (finish → start).
  await page.getByTestId('gantt-row').filter({ hasText: 'Sound check' }).getByRole('button', { name: 'Sound check' }).click();
  const drawer = page.getByTestId('task-drawer');
  await expect(drawer.getByLabel('Title')).toHaveValue('Sound check');
  await drawer.getByRole('combobox', { name: 'This task waits for' }).fill('Load');
  await drawer.getByRole('option', { name: 'Load-in' }).click();
  await expect(drawer.getByTestId('dependency-type')).toHaveText('Finish → start');
  await drawer.getByTestId('add-dependency-submit').click();
  await expect(page.getByText('Dependency added')).toBeVisible();
  await expect(drawer.getByTestId('dependency').filter({ hasText: 'Load-in' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(page.getByTestId('gantt-arrow')).toHaveCount(1);

  // The other way round would be a loop: refused, with the loop named.
  await page.getByTestId('gantt-row').filter({ hasText: 'Load-in' }).getByRole('button', { name: 'Load-in' }).click();
  await expect(drawer.getByLabel('Title')).toHaveValue('Load-in');
  await drawer.getByRole('combobox', { name: 'This task waits for' }).fill('Sound');
  await drawer.getByRole('option', { name: 'Sound check' }).click();
  await drawer.getByTestId('add-dependency-submit').click();
  await expect(drawer.getByTestId('dependency-error')).toHaveText('That would make a loop: Sound check → Load-in → Sound check');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // Move Load-in one day later with the keyboard: the preview lists Sound check, Enter applies.
  await bar(page, 'Load-in').focus();
  await page.keyboard.press('ArrowRight');
  const preview = page.getByTestId('move-preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('move-preview-count')).toContainText('1 dependent task moves with it');
  await expect(preview).toContainText('Sound check');
  await expect(preview.getByText('Checking with the server…')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Moved; 1 dependent task shifted')).toBeVisible();
  await expect(preview).toBeHidden();
  await expect(bar(page, 'Load-in')).toHaveAttribute('data-start', '2026-12-20T01:00:00.000Z');
  await expect(bar(page, 'Sound check')).toHaveAttribute('data-start', '2026-12-20T05:00:00.000Z');

  // A vendor in the directory.
  await page.getByTestId('nav-vendors').click();
  await expect(page.getByRole('heading', { name: 'Vendors' })).toBeVisible();
  await page.getByTestId('new-vendor').first().click();
  const vendorForm = page.getByTestId('vendor-form');
  await vendorForm.getByLabel('Company name').fill('PT Suara Nusantara');
  await vendorForm.getByLabel('NPWP').fill('01.234.567.8-901.000');
  await vendorForm.getByLabel('Name', { exact: true }).fill('Hendra');
  await vendorForm.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByText('Vendor “PT Suara Nusantara” added')).toBeVisible();
  await expect(page.getByTestId('vendors-table').getByText('01.234.567.8-901.000')).toBeVisible();

  // Sound check goes to the vendor.
  await page.goto(`${timelinePath}?view=list`);
  await page.getByTestId('tasks-table').getByRole('button', { name: 'Sound check' }).click();
  await drawer.getByTestId('task-vendor').click();
  await page.getByRole('option', { name: 'PT Suara Nusantara' }).click();
  await drawer.getByTestId('save-task').click();
  await expect(page.getByText('Task saved')).toBeVisible();

  await test.step('edit its checklist in the drawer from the keyboard (Enter adds, Alt+↑ moves, Enter renames) and attach a file', async () => {
    const newItem = drawer.getByLabel('New checklist item');
    await newItem.fill('Stage monitors');
    await newItem.press('Enter');
    await expect(drawer.getByTestId('checklist-item')).toHaveCount(1);
    await expect(newItem).toHaveValue('');
    await expect(newItem).toBeFocused();
    await newItem.fill('Wireless mics');
    await newItem.press('Enter');
    await expect(drawer.getByTestId('checklist-item')).toHaveCount(2);
    await drawer.getByLabel('Checklist item 2 of 2').press('Alt+ArrowUp');
    await expect(drawer.getByLabel('Checklist item 1 of 2')).toHaveValue('Wireless mics');
    await expect(drawer.getByLabel('Checklist item 1 of 2')).toBeFocused();
    await drawer.getByLabel('Checklist item 2 of 2').fill('Stage monitors ×4');
    await drawer.getByLabel('Checklist item 2 of 2').press('Enter');
    await drawer.getByRole('checkbox', { name: 'Done: Wireless mics' }).check();
    await expect(drawer.getByTestId('task-checklist')).toContainText('1/2');
    await expect(drawer.getByRole('checkbox', { name: 'Done: Stage monitors ×4' })).not.toBeChecked();
    // And a file for the vendor.
    await drawer.getByTestId('task-file-input').setInputFiles({ name: 'stage-plot.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 plot') });
    await expect(drawer.getByTestId('task-file')).toContainText('stage-plot.pdf');
  });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tasks-table').getByRole('row', { name: /Sound check/ })).toContainText('PT Suara Nusantara');

  // Invite a person of the vendor.
  await page.getByTestId('nav-vendors').click();
  await page.getByRole('button', { name: 'Actions for PT Suara Nusantara' }).click();
  await page.getByRole('menuitem', { name: 'Invite a person' }).click();
  const vendorEmail = uniqueEmail('hendra');
  await page.getByTestId('vendor-invite-form').getByLabel('Email').fill(vendorEmail);
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await page.getByTestId('vendor-invitation-link').inputValue();
  expect(link).toContain('/invite/');

  // The vendor registers in another browser and sees only that task.
  const other = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Jakarta' });
  const vendor = await other.newPage();
  await vendor.goto(new URL(link).pathname);
  await expect(vendor.getByText('to join Panggung Nusantara as Vendor')).toBeVisible();
  await vendor.getByLabel('Your name').fill('Hendra Wijaya');
  await vendor.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await vendor.getByRole('button', { name: 'Create account and join' }).click();
  await expect(vendor.getByRole('heading', { name: 'My tasks' })).toBeVisible();
  await expect(vendor).toHaveURL(/\/my-tasks/);
  const cards = vendor.getByTestId('my-task');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('Sound check');
  await expect(cards.first()).toContainText('Panggung Nusantara · Festival Cahaya Kota');
  await expect(cards.first()).toContainText('Stage monitors ×4');
  await expect(cards.first().getByRole('link', { name: 'Download stage-plot.pdf' })).toBeVisible();
  // Nothing of the organization beyond the portal.
  await expect(vendor.getByTestId('nav-my-tasks')).toBeVisible();
  for (const item of ['events', 'members', 'settings', 'audit', 'vendors']) await expect(vendor.getByTestId(`nav-${item}`)).toHaveCount(0);

  await choose(vendor, 'Status of Sound check', 'Done');
  await expect(vendor.getByText('“Sound check” set to Done')).toBeVisible();
  await expect(vendor.getByTestId('my-task-status')).toHaveText('Done');
  await other.close();

  // Back with the manager: the task is done.
  await page.goto(`${timelinePath}?view=list`);
  await expect(page.getByRole('combobox', { name: 'Status of Sound check' })).toHaveText('Done');
  await expect(page.getByRole('combobox', { name: 'Status of Load-in' })).toHaveText('To do');
});

test('a live rundown: the show caller presses Start and Next, another screen follows without reloading', async ({ page, browser }) => {
  const email = await signUp(page, 'Bayu Saputra', 'Saputra Live');
  await createEvent(page, 'Malam Puncak', '2026-12-31T19:00', '2026-12-31T23:30');
  await page.getByTestId('open-rundown').click();
  await expect(page.getByRole('heading', { name: 'Run of show' })).toBeVisible();
  await expect(page).toHaveURL(/\/rundown\/2026-12-31$/);
  await page.getByTestId('create-rundown-day').click();

  for (const [title, duration] of [
    ['Doors open', '30'],
    ['Opening act', '15'],
    ['Countdown', '5'],
  ] as const) {
    await page.getByTestId('add-cue').click();
    const form = page.getByTestId('cue-form');
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Duration').fill(duration);
    await form.getByRole('button', { name: 'Add cue' }).click();
    await expect(page.getByText(`Cue “${title}” added`)).toBeVisible();
  }
  await expect(page.getByTestId('cue-row')).toHaveCount(3);
  await expect(page.getByTestId('cue-start')).toHaveText(['19:00', '19:30', '19:45']);

  // Reordered from the keyboard, the times recompute and the handle keeps the focus.
  const handle = page.getByRole('button', { name: 'Reorder Countdown' });
  await handle.press('Alt+ArrowUp');
  await expect(page.getByTestId('cue-row').nth(1)).toContainText('Countdown');
  await expect(page.getByTestId('cue-start')).toHaveText(['19:00', '19:30', '19:35']);
  await expect(handle).toBeFocused();
  await handle.press('Alt+ArrowDown');
  await expect(page.getByTestId('cue-row').nth(2)).toContainText('Countdown');
  await expect(page.getByTestId('cue-start')).toHaveText(['19:00', '19:30', '19:45']);
  const rundownPath = new URL(page.url()).pathname;

  // A second screen (another browser, same account) follows the show.
  const other = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Jakarta' });
  const screen = await other.newPage();
  await screen.goto('/login');
  await screen.getByLabel('Email').fill(email);
  await screen.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await screen.getByRole('button', { name: 'Log in' }).click();
  await expect(screen.getByRole('heading', { name: 'Events' })).toBeVisible();
  await screen.goto(rundownPath);
  await expect(screen.getByTestId('live-current-empty')).toHaveText('The show has not started.');
  await expect(screen.getByTestId('stream-state')).toHaveAttribute('data-state', 'live');
  const navigations: string[] = [];
  screen.on('framenavigated', (frame) => {
    if (frame === screen.mainFrame()) navigations.push(frame.url());
  });

  await page.getByTestId('live-start').click();
  await expect(page.getByTestId('live-current')).toHaveText('Doors open');
  await expect(screen.getByTestId('live-current')).toHaveText('Doors open', { timeout: LIVE_DELAY });
  await expect(screen.getByTestId('live-next')).toHaveText('Opening act');
  await expect(screen.getByTestId('live-countdown')).toHaveText(/^(29|30):\d\d$/);

  await page.getByTestId('live-next-button').click();
  await expect(page.getByTestId('live-current')).toHaveText('Opening act');
  await expect(screen.getByTestId('live-current')).toHaveText('Opening act', { timeout: LIVE_DELAY });
  await expect(screen.getByTestId('live-next')).toHaveText('Countdown');
  // Started on another day than planned: the drift says how far ahead or behind the show runs.
  await expect(screen.getByTestId('live-drift')).toHaveText(/^(Ahead by|Behind by) \d/);
  await expect(screen.getByTestId('cue-row').nth(1)).toHaveAttribute('aria-current', 'true');

  await page.getByTestId('live-stop').click();
  await expect(screen.getByTestId('live-current-empty')).toHaveText('The show has ended.', { timeout: LIVE_DELAY });
  expect(navigations).toEqual([]);
  await other.close();
});
