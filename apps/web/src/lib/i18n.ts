import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { en as zodEn, id as zodId } from 'zod/v4/locales';
import type { Locale } from '@rundown/domain';
import { en, id } from './locales/features';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'rundown.lang';

export const resources = {
  en: { translation: en },
  id: { translation: id },
} as const;

export function isLanguage(value: unknown): value is Language {
  return value === 'id' || value === 'en';
}

/** Remembered choice, else English only when the browser's first language is English; else Indonesian. */
export function detectLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // storage unavailable: fall through to the browser
  }
  const first = (typeof navigator !== 'undefined' && (navigator.languages?.[0] ?? navigator.language)) || '';
  return /^en\b/i.test(first) ? 'en' : 'id';
}

/** UI language → the API's locale value. */
export function toApiLocale(language: Language): Locale {
  return language === 'id' ? 'id-ID' : 'en';
}

export function fromApiLocale(locale: Locale): Language {
  return locale === 'id-ID' ? 'id' : 'en';
}

/** UI language → the BCP 47 tag handed to Intl. */
export function intlLocale(language: string): string {
  return language.startsWith('id') ? 'id-ID' : 'en-US';
}

function applyLanguageSideEffects(language: Language) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  // Client-side zod messages (zodResolver) in the same language as the UI, with plainer
  // sentences for the common cases than zod's own ("Too small: expected string to have >=1 characters").
  z.config({
    ...(language === 'id' ? zodId() : zodEn()),
    customError: (issue) => {
      if (issue.code === 'too_small' && issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? i18next.t('validation.required')
          : i18next.t('validation.minChars', { count: Number(issue.minimum) });
      }
      if (issue.code === 'too_big' && issue.origin === 'string') {
        return i18next.t('validation.maxChars', { count: Number(issue.maximum) });
      }
      if (issue.code === 'invalid_format' && issue.format === 'email') return i18next.t('validation.email');
      return undefined;
    },
  });
}

export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'id';
}

/** Whether this device holds an explicit language choice (as opposed to the browser's guess). */
export function hasStoredLanguage(): boolean {
  try {
    return isLanguage(localStorage.getItem(STORAGE_KEY));
  } catch {
    return false;
  }
}

/** Switches the UI language and remembers the choice on this device. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // ignore: the choice just won't persist
  }
  await i18next.changeLanguage(language);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lng: string): Intl.NumberFormat {
  let format = numberFormats.get(lng);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lng));
    numberFormats.set(lng, format);
  }
  return format;
}

/**
 * A page's first Intl formatter initializes ICU (~50–70 ms). Build the language's number format
 * when the main thread is next idle, typically while the first screen's data is on its way,
 * rather than in the middle of drawing that screen.
 */
function prepareNumberFormat(language: Language) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => numberFormat(language));
}

export function initI18n(language: Language = detectLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    // `{{count, number}}`: i18next's own formatter caches per call options, which include the
    // count itself, so it built a new Intl.NumberFormat for every number it wrote.
    i18next.services.formatter?.add('number', (value: number, lng: string | undefined) => numberFormat(lng ?? language).format(value));
    i18next.on('languageChanged', (lng) => {
      if (isLanguage(lng)) applyLanguageSideEffects(lng);
    });
    applyLanguageSideEffects(language);
    prepareNumberFormat(language);
  }
  return i18next;
}

export { i18next };
