import { act, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18next } from '../../lib/i18n';
import { press, render, settle, type } from '../../test/render';
import { DateInput } from './date-input';
import { DateTimeInput } from './date-time-input';
import { DurationInput } from './duration-input';
import { Field } from './field';
import { MoneyInput } from './money-input';
import { TimeInput } from './time-input';

/** Holds the value like a form would, and shows it for the test to read. */
function Harness<T>({ initial, children }: { initial: T; children: (value: T, set: (v: T) => void) => React.ReactNode }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      {children(value, setValue)}
      <output data-testid="value">{JSON.stringify(value)}</output>
    </>
  );
}

const valueOf = (c: HTMLElement) => JSON.parse(c.querySelector('[data-testid="value"]')!.textContent!) as unknown;
const focus = (el: HTMLInputElement) => act(async () => el.focus());
const blur = (el: HTMLInputElement) => act(async () => el.blur());

async function enter(input: HTMLInputElement, text: string) {
  await focus(input);
  await type(input, text);
  await blur(input);
  await settle();
}

afterEach(async () => {
  await act(async () => i18next.changeLanguage('en'));
  document.body.innerHTML = '';
});

describe('DateInput', () => {
  it('shows the day in the app language and reads what is typed on blur', async () => {
    const { container } = await render(<Harness initial={'2026-12-24' as string | null}>{(v, set) => <DateInput aria-label="Day" value={v} onChange={set} />}</Harness>);
    const input = container.querySelector('input')!;
    expect(input.value).toBe('24 Dec 2026');
    await enter(input, '25/12/2026');
    expect(valueOf(container)).toBe('2026-12-25');
    expect(input.value).toBe('25 Dec 2026');
    await act(async () => i18next.changeLanguage('id'));
    expect(input.value).toBe('25 Des 2026');
  });

  it('says what it expected, marks itself invalid and keeps the text and the value', async () => {
    const { container } = await render(<Harness initial={'2026-12-24' as string | null}>{(v, set) => <DateInput aria-label="Day" value={v} onChange={set} />}</Harness>);
    const input = container.querySelector('input')!;
    await enter(input, '31/02/2026');
    expect(input.value).toBe('31/02/2026');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const alert = container.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('25 Dec 2026 or 25/12/2026');
    expect(input.getAttribute('aria-describedby')).toContain(alert.id);
    expect(valueOf(container)).toBe('2026-12-24');
    await press(input, 'Escape');
    expect(input.value).toBe('24 Dec 2026');
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('moves a day with the arrow keys and a month with Shift', async () => {
    const { container } = await render(<Harness initial={'2026-01-31' as string | null}>{(v, set) => <DateInput aria-label="Day" value={v} onChange={set} />}</Harness>);
    const input = container.querySelector('input')!;
    await focus(input);
    await press(input, 'ArrowUp');
    expect(valueOf(container)).toBe('2026-02-01');
    await act(async () => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', shiftKey: true, bubbles: true })));
    expect(valueOf(container)).toBe('2026-01-01');
  });

  it('takes its id and description from a Field', async () => {
    const { container } = await render(
      <Field label="Start" hint="In WIB">
        <DateInput value="2026-12-25" onChange={() => {}} />
      </Field>,
    );
    const input = container.querySelector('input')!;
    expect(container.querySelector('label')!.htmlFor).toBe(input.id);
    expect(input.getAttribute('aria-describedby')).toBe(`${input.id}-hint`);
  });
});

describe('TimeInput', () => {
  it('writes 24-hour with a dot in Indonesian and reads 12-hour text', async () => {
    await act(async () => i18next.changeLanguage('id'));
    const { container } = await render(<Harness initial={'19:00' as string | null}>{(v, set) => <TimeInput aria-label="Jam" value={v} onChange={set} />}</Harness>);
    const input = container.querySelector('input')!;
    expect(input.value).toBe('19.00');
    await enter(input, '7:30 pm');
    expect(valueOf(container)).toBe('19:30');
    expect(input.value).toBe('19.30');
    await focus(input);
    await press(input, 'ArrowUp');
    expect(valueOf(container)).toBe('19:45');
  });
});

describe('DateTimeInput', () => {
  it('combines a date and a time into the wall-clock value and names the zone', async () => {
    const { container } = await render(
      <Harness initial={'2026-12-19T19:00' as string}>{(v, set) => <DateTimeInput aria-label="Start" timeZone="Asia/Jakarta" value={v} onChange={set} />}</Harness>,
    );
    const [date, time] = [...container.querySelectorAll('input')] as [HTMLInputElement, HTMLInputElement];
    expect(date.value).toBe('19 Dec 2026');
    expect(time.value).toBe('19:00');
    expect(container.textContent).toContain('WIB (UTC+7)');
    expect(container.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe('Start');
    await enter(time, '20.30');
    expect(valueOf(container)).toBe('2026-12-19T20:30');
    await enter(date, '20 des');
    expect(valueOf(container)).toMatch(/^\d{4}-12-20T20:30$/);
  });
});

describe('DurationInput', () => {
  it('shows lengths in words, never as a clock, and reads several notations', async () => {
    const { container } = await render(<Harness initial={300 as number | null}>{(v, set) => <DurationInput aria-label="Length" value={v} onChange={set} />}</Harness>);
    const input = container.querySelector('input')!;
    expect(input.value).toBe('5 min');
    await enter(input, '1j30');
    expect(valueOf(container)).toBe(5400);
    expect(input.value).toBe('1 h 30 min');
    await enter(input, 'later');
    expect(container.querySelector('[role="alert"]')!.textContent).toContain('5 min, 1 h 30 min or 4:30');
  });
});

describe('MoneyInput', () => {
  it('reads amounts by their data in either language and shows them grouped without a symbol', async () => {
    const { container } = await render(<Harness initial={null as string | null}>{(v, set) => <MoneyInput aria-label="Amount" currency="IDR" value={v} onChange={set} />}</Harness>);
    const input = container.querySelector('input')!;
    await enter(input, '11,5 jt');
    expect(valueOf(container)).toBe('11500000');
    expect(input.value).toBe('11,500,000');
    await enter(input, 'Rp 12.000.000,00');
    expect(valueOf(container)).toBe('12000000');
    expect(container.textContent).toContain('IDR');
  });

  it('asks which reading was meant when the text has two', async () => {
    const { container } = await render(<Harness initial={null as string | null}>{(v, set) => <MoneyInput aria-label="Amount" currency="IDR" value={v} onChange={set} />}</Harness>);
    const input = container.querySelector('input')!;
    await enter(input, '2M');
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('[role="group"] button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['2,000,000,000 (Indonesian miliar: a billion)', '2,000,000 (million)']);
    expect(valueOf(container)).toBeNull();
    await act(async () => buttons[0]!.click());
    expect(valueOf(container)).toBe('2000000000');
  });

  it('says which format it expected', async () => {
    const { container } = await render(<Harness initial={null as string | null}>{(v, set) => <MoneyInput aria-label="Amount" currency="IDR" value={v} onChange={set} />}</Harness>);
    const input = container.querySelector('input')!;
    await enter(input, 'twelve');
    expect(container.querySelector('[role="alert"]')!.textContent).toContain('11.5 jt, 250 rb or Rp 11.500.000');
    await enter(input, '12,5');
    expect(container.querySelector('[role="alert"]')!.textContent).toContain('Too many decimals for IDR');
  });
});
