import type { DeepStrings } from './types';

/** English: login and sign-up. `auth.id.ts` fills the same shape (typed, and checked by i18n.spec.ts). */
export const authEn = {
  auth: {
    login: {
      title: 'Log in to Rundown',
      subtitle: 'Welcome back. Your productions are waiting.',
      email: 'Email',
      password: 'Password',
      submit: 'Log in',
      submitting: 'Logging in…',
      noAccount: 'New to Rundown?',
      signupLink: 'Create an account',
    },
    signup: {
      title: 'Create your Rundown account',
      subtitle: 'One place for budgets, schedules, crew and vendors.',
      name: 'Your name',
      email: 'Work email',
      password: 'Password',
      passwordHint: 'At least 8 characters. Avoid common passwords.',
      organizationName: 'Organization name',
      organizationHint: 'Your production house, agency or team. You can rename it later.',
      submit: 'Create account',
      submitting: 'Creating account…',
      haveAccount: 'Already have an account?',
      loginLink: 'Log in',
    },
    tagline: 'Plan every production, from the first budget to the wrap.',
    logout: 'Log out',
    loggedOut: 'You are logged out.',
    sessionExpired: 'Your session has ended. Please log in again.',
  },
} as const;

export type AuthResources = DeepStrings<typeof authEn>;
