import type { DeepStrings } from './types';

/** English: accepting an invitation. `invitations.id.ts` fills the same shape (typed, and checked by i18n.spec.ts). */
export const invitationsEn = {
  invite: {
    title: 'You are invited',
    body: '{{invitedBy}} invited {{email}} to join {{organization}} as {{role}}.',
    expires: 'This invitation expires on {{date}}.',
    accept: 'Accept invitation',
    accepting: 'Joining…',
    signedInAs: 'You are logged in as {{email}}.',
    emailMismatch: 'This invitation was sent to {{email}}. Log out, then log in or sign up with that email to accept it.',
    loginTitle: 'Log in to accept',
    loginBody: 'An account for {{email}} already exists. Log in and you will join right away.',
    loginSubmit: 'Log in and join',
    registerTitle: 'Create your account',
    registerBody: 'Choose your name and a password for {{email}}.',
    registerSubmit: 'Create account and join',
    invalidTitle: 'This invitation link does not work',
    invalidBody: 'It may have expired, been revoked or already been used. Ask for a new one.',
    accepted: 'Welcome to {{organization}}',
  },
} as const;

export type InvitationsResources = DeepStrings<typeof invitationsEn>;
