import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import type { Locale } from '@rundown/domain';
import { en } from './locales/en';
import { id } from './locales/id';

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
  // Client-side zod messages (zodResolver) in the same language as the UI.
  z.config(language === 'id' ? z.locales.id() : z.locales.en());
}

export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'id';
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
    i18next.on('languageChanged', (lng) => {
      if (isLanguage(lng)) applyLanguageSideEffects(lng);
    });
    applyLanguageSideEffects(language);
  }
  return i18next;
}

export { i18next };
