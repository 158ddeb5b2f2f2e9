import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { resources } from '../../../lib/i18n';
import { saveFailureReason } from './save-failure-reason';

const instance = i18next.createInstance();
await instance.init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false }, initAsync: false });
const tEn = instance.getFixedT('en');
const tId = instance.getFixedT('id');

const outOfRange = new ApiError({
  status: 422,
  code: 'amount_out_of_range',
  title: 'An amount or total would exceed the largest amount Rundown accepts',
  detail: 'The estimate of category “Venue” would be 1000000000000009 (IDR minor units); the largest amount Rundown accepts is 999999999999999',
  fieldErrors: [{ pointer: '/body', code: 'amount_out_of_range', message: 'The estimate of category “Venue” would be …' }],
});

describe('why a line could not be saved', () => {
  it('says a total would pass the largest amount, in English and in Bahasa Indonesia', () => {
    expect(saveFailureReason(tEn, 'en', outOfRange)).toBe(resources.en.translation.errors.amount_out_of_range);
    expect(saveFailureReason(tEn, 'en', outOfRange)).toMatch(/largest amount Rundown accepts/);
    expect(saveFailureReason(tId, 'id', outOfRange)).toBe(resources.id.translation.errors.amount_out_of_range);
    expect(saveFailureReason(tId, 'id', outOfRange)).toMatch(/jumlah terbesar/);
  });

  it('names the field of a validation error', () => {
    const invalid = new ApiError({
      status: 400,
      code: 'validation_failed',
      title: 'The request has invalid fields',
      fieldErrors: [{ pointer: '/body/rate', code: 'invalid_format', message: 'Must be an integer amount in minor units' }],
    });
    expect(saveFailureReason(tEn, 'en', invalid)).toBe('Must be an integer amount in minor units');
  });
});
