import { i18next } from '../../../lib/i18n';
import { describe, expect, it } from 'vitest';
import { eventFormResolver, toEventInput, type EventFormValues } from './event-form-dialog';

const base: EventFormValues = {
  name: 'Konser Senja',
  kind: 'live_event',
  status: 'planning',
  start: '2026-12-19T15:00',
  end: '2026-12-19T23:30',
  timeZone: 'Asia/Jakarta',
  venue: ' Istora Senayan ',
  client: '',
  currency: 'IDR',
  notes: '',
  scale: '',
  expectedAttendance: '',
};

const resolve = (values: EventFormValues) =>
  eventFormResolver('create', i18next.t)(values, undefined, { fields: {}, shouldUseNativeValidation: false });

describe('event form', () => {
  it('reads the wall-clock times in the chosen zone', () => {
    expect(toEventInput(base).startAt).toBe('2026-12-19T08:00:00.000Z');
    expect(toEventInput({ ...base, timeZone: 'Asia/Jayapura' }).startAt).toBe('2026-12-19T06:00:00.000Z');
  });

  it('validates with the domain schema and returns the API body', async () => {
    const result = await resolve(base);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ startAt: '2026-12-19T08:00:00.000Z', venue: 'Istora Senayan', client: null, notes: null });
  });

  it('shows the schema errors on the form fields', async () => {
    const result = await resolve({ ...base, name: ' ', end: '2026-12-18T10:00' });
    expect(Object.keys(result.errors).sort()).toEqual(['end', 'name']);
    expect(result.errors.end?.message).toBe('The end must not be before the start.');
    const missing = await resolve({ ...base, start: '' });
    expect(missing.errors.start?.message).toBe('Enter a complete date and time.');
  });
});
