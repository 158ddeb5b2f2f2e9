import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { PASSWORD, signUp, uniqueEmail } from './fixtures.js';

test.use({ locale: 'en-US' });

type Budget = { orgId: string; eventId: string; path: string };
type SeedLine = { category: string; description: string; quantity?: string; unit?: string; rate: string; vendor?: string };

async function csrf(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/auth/csrf');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { token: string }).token;
}

/** Signs up through the UI, then creates an event and its budget lines through the API as that user. */
async function budgetWithLines(page: Page, lines: SeedLine[]): Promise<Budget> {
  await signUp(page, 'Rina Wulandari', `Senja ${randomBytes(3).toString('hex')}`);
  const orgId = /\/orgs\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
  const headers = { 'x-csrf-token': await csrf(page.request) };
  const event = await page.request.post(`/api/orgs/${orgId}/events`, {
    headers,
    data: {
      name: 'Konser Senja di Jakarta',
      kind: 'live_event',
      startAt: '2026-12-19T15:00:00+07:00',
      endAt: '2026-12-19T23:30:00+07:00',
      timeZone: 'Asia/Jakarta',
      currency: 'IDR',
    },
  });
  expect(event.status()).toBe(201);
  const eventId = ((await event.json()) as { id: string }).id;
  if (lines.length > 0) {
    const imported = await page.request.post(`/api/orgs/${orgId}/events/${eventId}/budget/lines/import`, {
      headers: { ...headers, 'idempotency-key': `e2e-${randomBytes(8).toString('hex')}` },
      data: { rows: lines },
    });
    expect(imported.status()).toBe(201);
  }
  return { orgId, eventId, path: `/orgs/${orgId}/events/${eventId}/budget` };
}

/** Opens the budget from the event page, as a person would. */
async function openBudget(page: Page, budget: Budget) {
  await page.goto(`/orgs/${budget.orgId}/events/${budget.eventId}`);
  await page.getByTestId('open-budget').click();
  await expect(page.getByRole('heading', { name: 'Budget', exact: true })).toBeVisible();
}

const row = (page: Page, description: string) => page.locator('[role="row"][data-line-id]', { hasText: description });
const cell = (page: Page, description: string, column: string) => row(page, description).locator(`[data-column="${column}"]`);
const savedLine = (page: Page) => page.waitForResponse((r) => r.request().method() === 'PATCH' && /\/budget\/lines\/[0-9a-f-]+$/.test(r.url()) && r.status() === 200);

async function linesInApi(page: Page, budget: Budget): Promise<{ description: string; quantity: string; rate: string; unit: string }[]> {
  const response = await page.request.get(`/api/orgs/${budget.orgId}/events/${budget.eventId}/budget/lines?limit=100`);
  return ((await response.json()) as { items: { description: string; quantity: string; rate: string; unit: string }[] }).items;
}

test('edits cells with the keyboard and the totals follow at once', async ({ page }) => {
  const budget = await budgetWithLines(page, [
    { category: '300', description: 'Line array', quantity: '2', unit: 'day', rate: '1000000' },
    { category: '300', description: 'Monitor wedges', quantity: '1', unit: 'day', rate: '500000' },
  ]);
  await openBudget(page, budget);
  await expect(page.getByTestId('total-lines')).toHaveText(/2 lines/);
  await expect(page.getByTestId('total-estimate')).toContainText('IDR 2,500,000');

  // Typing a digit on a cell starts editing it; Enter saves and moves down.
  await cell(page, 'Line array', 'quantity').click();
  let saved = savedLine(page);
  await page.keyboard.type('3');
  await expect(page.getByTestId('cell-editor')).toHaveValue('3');
  await page.keyboard.press('Enter');
  // The estimate is recomputed before the server answers.
  await expect(cell(page, 'Line array', 'estimate')).toHaveText('3,000,000');
  await expect(page.getByTestId('total-estimate')).toContainText('IDR 3,500,000');
  await saved;

  // The cursor moved down to the next line; arrows move it; Enter edits with the current value.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cell-editor')).toHaveValue('1,000,000');
  saved = savedLine(page);
  await page.keyboard.type('1,250,000');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'Line array', 'rate')).toHaveText('1,250,000');
  await expect(page.getByTestId('total-estimate')).toContainText('IDR 4,250,000');
  await saved;

  // Escape cancels an edit; an invalid amount is refused in words.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await page.keyboard.type('999');
  await page.keyboard.press('Escape');
  await expect(cell(page, 'Line array', 'rate')).toHaveText('1,250,000');
  await page.keyboard.type('12.5');
  await page.keyboard.press('Enter');
  // The reason shows next to the cell (not covered by the next row); the cell is marked invalid and keeps the text.
  const reason = page.getByTestId('cell-editor-error');
  await expect(reason).toHaveText('IDR has 0 decimals: this amount has more.');
  await expect(page.getByTestId('cell-editor')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('cell-editor')).toHaveValue('12.5');
  const box = (await reason.boundingBox())!;
  const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-testid="cell-editor-error"]') !== null, [box.x + 4, box.y + box.height / 2]);
  expect(onTop).toBe(true);
  await page.keyboard.press('Escape');

  // Undo puts the previous rate back (and saves it).
  saved = savedLine(page);
  await page.keyboard.press('Control+z');
  await expect(cell(page, 'Line array', 'rate')).toHaveText('1,000,000');
  await saved;

  // What was saved is what the server has.
  await page.reload();
  await expect(cell(page, 'Line array', 'quantity')).toHaveText('3');
  await expect(page.getByTestId('total-estimate')).toContainText('IDR 3,500,000');
  expect((await linesInApi(page, budget)).find((l) => l.description === 'Line array')).toMatchObject({ quantity: '3', rate: '1000000' });
});

/** What the browser does on Ctrl+V with `text` on the clipboard and the grid focused. */
async function pasteIntoGrid(page: Page, text: string) {
  await page.getByTestId('budget-grid').evaluate((grid, tsv) => {
    const data = new DataTransfer();
    data.setData('text/plain', tsv);
    grid.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('pastes a block copied from a spreadsheet; a row with a bad cell is left out whole', async ({ page }) => {
  const budget = await budgetWithLines(page, [
    { category: '700', description: 'Stage manager', quantity: '1', unit: 'flat', rate: '100000' },
    { category: '700', description: 'Riggers', quantity: '1', unit: 'flat', rate: '100000' },
    { category: '700', description: 'Runners', quantity: '1', unit: 'flat', rate: '100000' },
  ]);
  await page.goto(budget.path);
  await cell(page, 'Stage manager', 'quantity').click();

  const tsv = '3\tDay\t2,500,000\n24\tPerson\t650,000\n2\tDay\tabc\n';
  const saves = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.status() === 200);
  await pasteIntoGrid(page, tsv);

  await expect(cell(page, 'Stage manager', 'estimate')).toHaveText('7,500,000');
  await expect(cell(page, 'Riggers', 'unit')).toHaveText('Person');
  await expect(cell(page, 'Riggers', 'estimate')).toHaveText('15,600,000');
  // The third row had an amount that is not one: none of its cells was applied.
  await expect(page.getByTestId('paste-report')).toContainText('Row 3');
  await expect(page.getByTestId('paste-report')).toContainText('Not an amount in IDR');
  await expect(cell(page, 'Runners', 'quantity')).toHaveText('1');
  await expect(cell(page, 'Runners', 'unit')).toHaveText('Flat');
  await expect(page.getByTestId('total-estimate')).toContainText('IDR 23,200,000');
  await saves;

  await expect
    .poll(async () => (await linesInApi(page, budget)).map((l) => `${l.description}:${l.quantity}:${l.unit}:${l.rate}`).sort())
    .toEqual(['Riggers:24:person:650000', 'Runners:1:flat:100000', 'Stage manager:3:day:2500000']);
});

test('imports a CSV all-or-nothing: a bad row is shown and nothing is written, the fixed file imports', async ({ page }) => {
  const budget = await budgetWithLines(page, []);
  await openBudget(page, budget);
  await expect(page.getByTestId('budget-empty')).toBeVisible();

  const csv = (rows: string[]) => Buffer.from(['Category,Description,Quantity,Unit,Rate', ...rows].join('\n'));
  await page.getByTestId('open-import').click();
  const wizard = page.getByTestId('import-wizard');

  // A row the browser can already tell is wrong: Import stays disabled.
  await page.getByTestId('import-file').setInputFiles({ name: 'budget.csv', mimeType: 'text/csv', buffer: csv(['300,Line array,2,day,abc']) });
  await expect(page.getByTestId('map-category')).toContainText('Category');
  await page.getByTestId('import-next').click();
  await expect(wizard.getByTestId('import-row-problems')).toContainText(/not an amount/i);
  await expect(page.getByTestId('import-submit')).toBeDisabled();

  // A row only the server can refuse (no such category): nothing is imported.
  await wizard.getByRole('button', { name: 'Back' }).click();
  await wizard.getByRole('button', { name: 'Choose another file' }).click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'budget.csv',
    mimeType: 'text/csv',
    buffer: csv(['300,Line array,2,day,1000000', '999,Mystery item,1,flat,500000', '800,Crew meals,250,person,55000']),
  });
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-ready')).toHaveText('3 rows ready');
  await page.getByTestId('import-submit').click();
  await expect(page.getByTestId('import-error')).toContainText('Nothing was imported: 1 row has problems.');
  await expect(wizard.getByTestId('import-row-problems')).toContainText('No category "999" in this budget');
  await expect(page.getByTestId('import-submit')).toBeDisabled();
  expect(await linesInApi(page, budget)).toEqual([]);

  // The fixed file goes in whole.
  await wizard.getByRole('button', { name: 'Back' }).click();
  await wizard.getByRole('button', { name: 'Choose another file' }).click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'budget.csv',
    mimeType: 'text/csv',
    buffer: csv(['300,Line array,2,day,1000000', '300,Genset 100 kVA,1,flat,500000', '800,Crew meals,250,person,55000']),
  });
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-submit').click();
  await expect(page.getByText('3 lines imported')).toBeVisible();
  await expect(wizard).toBeHidden();
  await expect(row(page, 'Genset 100 kVA')).toBeVisible();
  await expect(row(page, 'Crew meals')).toBeVisible();
  await expect(page.getByTestId('total-lines')).toHaveText(/3 lines/);
  await expect(page.getByTestId('total-estimate')).toContainText('IDR 16,250,000');

  // The grid that appeared with the import takes a paste like any other.
  await cell(page, 'Crew meals', 'quantity').click();
  const saved = savedLine(page);
  await pasteIntoGrid(page, '300\n');
  await expect(page.getByTestId('total-estimate')).toContainText('IDR 19,000,000');
  await saved;
});

test('two people edit the same line: the second sees who changed it and can reload their version', async ({ page, browser }) => {
  const budget = await budgetWithLines(page, [{ category: '100', description: 'Genset', quantity: '1', unit: 'day', rate: '18500000' }]);

  // Dimas, a production manager, joins from another browser.
  const invitation = await page.request.post(`/api/orgs/${budget.orgId}/invitations`, {
    headers: { 'x-csrf-token': await csrf(page.request) },
    data: { email: uniqueEmail('dimas'), role: 'manager' },
  });
  expect(invitation.status()).toBe(201);
  const { token } = (await invitation.json()) as { token: string };
  const other = await browser.newContext({ locale: 'en-US' });
  const registered = await other.request.post(`/api/invitations/${token}/register`, { data: { name: 'Dimas Prasetyo', password: PASSWORD } });
  expect(registered.status()).toBe(201);
  const dimas = await other.newPage();

  // Both have the budget open.
  await page.goto(budget.path);
  await expect(row(page, 'Genset')).toBeVisible();
  await dimas.goto(budget.path);
  await expect(row(dimas, 'Genset')).toBeVisible();

  // Dimas renames the line first.
  await cell(dimas, 'Genset', 'description').dblclick();
  await dimas.getByTestId('cell-editor').fill('Genset 500 kVA');
  const saved = savedLine(dimas);
  await dimas.keyboard.press('Enter');
  await saved;

  // Rina, still on the old version, changes the quantity: the server refuses with 412.
  await cell(page, 'Genset', 'quantity').click();
  const refused = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.status() === 412);
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await refused;
  const dialog = page.getByTestId('line-conflict');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Dimas Prasetyo changed this line' })).toBeVisible();
  await expect(dialog.getByTestId('theirs-quantity')).toHaveText('1');
  await expect(dialog.getByTestId('yours-quantity')).toHaveText('2');

  await dialog.getByRole('button', { name: 'Reload their version' }).click();
  await expect(dialog).toBeHidden();
  await expect(cell(page, 'Genset 500 kVA', 'description')).toBeVisible();
  await expect(cell(page, 'Genset 500 kVA', 'quantity')).toHaveText('1');
  await expect(page.getByTestId('total-estimate')).toContainText('IDR 18,500,000');
  expect((await linesInApi(page, budget))[0]).toMatchObject({ description: 'Genset 500 kVA', quantity: '1' });
  await other.close();
});

test('exports the top sheet as PDF and the lines as CSV', async ({ page }) => {
  const budget = await budgetWithLines(page, [
    { category: '100', description: 'Venue rental', quantity: '1', unit: 'day', rate: '450000000', vendor: 'PT GBK' },
    { category: '300', description: '=HYPERLINK("x")', quantity: '2', unit: 'day', rate: '65000000' },
  ]);
  await page.goto(`${budget.path}?tab=top-sheet`);
  const sheet = page.getByTestId('top-sheet-table');
  await expect(sheet.getByRole('row', { name: /Total/ })).toContainText('IDR 580,000,000');

  const pdfDownload = page.waitForEvent('download');
  await page.getByTestId('top-sheet-pdf').click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfBytes = await readFile((await pdf.path())!);
  expect(pdfBytes.subarray(0, 4).toString('latin1')).toBe('%PDF');

  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('top-sheet-csv').click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toMatch(/\.csv$/);
  const text = (await readFile((await csvFile.path())!, 'utf8')).replace(/^\uFEFF/, '');
  const [header, ...rows] = text.trim().split(/\r?\n/);
  expect(header).toBe('category,description,accountCode,vendor,quantity,unit,rate,currency,exchangeRate,multiplier,fringes,notes,subtotal,fringeTotal,estimate,committed,actual,paid,variance');
  expect(rows).toHaveLength(2);
  expect(text).toContain('Venue rental');
  // A description a spreadsheet would run as a formula is neutralized.
  expect(text).toContain(`"'=HYPERLINK(""x"")"`);
});

test('crew members see no budget', async ({ page, browser }) => {
  const budget = await budgetWithLines(page, []);
  const invitation = await page.request.post(`/api/orgs/${budget.orgId}/invitations`, {
    headers: { 'x-csrf-token': await csrf(page.request) },
    data: { email: uniqueEmail('agus'), role: 'crew' },
  });
  const { token } = (await invitation.json()) as { token: string };
  const other = await browser.newContext({ locale: 'en-US' });
  await other.request.post(`/api/invitations/${token}/register`, { data: { name: 'Agus Santoso', password: PASSWORD } });
  const crew = await other.newPage();
  await crew.goto(`/orgs/${budget.orgId}/events/${budget.eventId}`);
  await expect(crew.getByRole('heading', { name: 'Konser Senja di Jakarta' })).toBeVisible();
  await expect(crew.getByTestId('open-budget')).toHaveCount(0);
  await crew.goto(budget.path);
  await expect(crew.getByText('No access')).toBeVisible();
  await other.close();
});
