import type { DeepStrings } from './types';

/**
 * English: account security — changing and resetting the password, and the list of sessions.
 * `security.id.ts` fills the same shape (typed, and checked by i18n.spec.ts).
 */
export const securityEn = {
  security: {
    password: {
      title: 'Password',
      body: 'Changing it signs you out everywhere else.',
      current: 'Current password',
      new: 'New password',
      hint: 'At least 8 characters. Avoid common passwords.',
      submit: 'Change password',
      changed: 'Password changed. Your other sessions have ended.',
    },
    sessions: {
      title: 'Where you are signed in',
      body: 'Sign out a browser you no longer use, or every one except this.',
      current: 'This browser',
      unknownDevice: 'Unknown browser',
      started: 'Signed in {{when}}',
      lastSeen: 'Last active {{when}}',
      signOut: 'Sign out',
      signOutLabel: 'Sign out {{device}}',
      signedOut: 'Session ended',
      loadError: 'Sessions could not be loaded',
      columns: { device: 'Browser', ip: 'IP address', started: 'Signed in', lastSeen: 'Last active' },
    },
    forgot: {
      link: 'Forgot your password?',
      title: 'Reset your password',
      subtitle: 'We will email you a link to choose a new one.',
      email: 'Email',
      submit: 'Send reset link',
      submitting: 'Sending…',
      sentTitle: 'Check your email',
      sentBody: 'If an account uses {{email}}, a reset link is on its way. It works once, within an hour.',
      back: 'Back to log in',
    },
    reset: {
      title: 'Choose a new password',
      subtitle: 'Every session of your account will be signed out.',
      password: 'New password',
      submit: 'Set new password',
      submitting: 'Saving…',
      done: 'Your password has been changed. Log in with the new one.',
      requestNew: 'Ask for a new link',
    },
  },
} as const;

export type SecurityResources = DeepStrings<typeof securityEn>;
