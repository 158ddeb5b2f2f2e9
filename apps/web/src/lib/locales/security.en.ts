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
    twoFactor: {
      title: 'Two-factor sign-in',
      body: 'Ask for a code from an authenticator app at every sign-in, on top of your password.',
      on: 'On',
      off: 'Off',
      codesLeft: '{{count}} recovery codes left',
      turnOn: 'Turn on',
      turnOff: 'Turn off',
      password: 'Your password',
      start: 'Continue',
      secretHelp: 'Add this key to your authenticator app (or open the link on your phone), then type the 6-digit code it shows.',
      secretLabel: 'Setup key',
      linkLabel: 'Authenticator link',
      code: 'Code from the app',
      confirm: 'Turn on two-factor sign-in',
      enabled: 'Two-factor sign-in is on',
      recoveryTitle: 'Save your recovery codes',
      recoveryBody: 'Each code signs you in once if you lose your phone. They are shown only now.',
      recoveryLabel: 'Recovery codes',
      done: 'I have saved them',
      disabled: 'Two-factor sign-in is off',
    },
    loginCode: {
      title: 'Enter your sign-in code',
      body: 'Type the 6-digit code from your authenticator app, or one of your recovery codes.',
      code: 'Code',
      submit: 'Verify',
      submitting: 'Verifying…',
      back: 'Use another account',
    },
    orgPolicy: {
      title: 'Sign-in policy',
      body: 'Owners and admins must use two-factor sign-in to open this organization. Turn it on for your own account first.',
      require: 'Require two-factor sign-in for owners and admins',
      saved: 'Sign-in policy saved',
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
