import { z } from 'zod';
import { idSchema, isoDateTimeSchema, str } from '../common/primitives.js';
import { emailSchema } from './auth.schemas.js';
import { passwordSchema } from './password.js';

/** Changing the password needs the current one; every other session of the user ends. */
export const changePasswordSchema = z.object({
  currentPassword: str().min(1).max(1024),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** Asks for a reset link by email. The answer is the same whether an account exists. */
export const forgotPasswordSchema = z.object({ email: emailSchema });
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

/** The token from the emailed link (single use, expires after an hour) and the new password. */
export const resetPasswordSchema = z.object({
  token: str().min(20).max(200),
  password: passwordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

/** How long a password reset link stays valid. */
export const PASSWORD_RESET_MINUTES = 60;

/** A signed-in browser of the user; `current` is the one asking. */
export const sessionSchema = z
  .object({
    id: idSchema,
    createdAt: isoDateTimeSchema,
    lastSeenAt: isoDateTimeSchema,
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    current: z.boolean(),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;

/** The reset email, in the account's language. */
export function passwordResetEmail(locale: 'id-ID' | 'en', url: string): { subject: string; body: string } {
  return locale === 'id-ID'
    ? {
        subject: 'Atur ulang kata sandi Rundown',
        body: `Seseorang meminta untuk mengatur ulang kata sandi akun Rundown Anda. Buka tautan ini dalam ${PASSWORD_RESET_MINUTES} menit untuk memilih kata sandi baru (hanya bisa dipakai sekali):\n\n${url}\n\nJika bukan Anda yang meminta, abaikan email ini; kata sandi Anda tidak berubah.`,
      }
    : {
        subject: 'Reset your Rundown password',
        body: `Someone asked to reset the password of your Rundown account. Open this link within ${PASSWORD_RESET_MINUTES} minutes to choose a new password (it works once):\n\n${url}\n\nIf it was not you, ignore this email; your password stays as it is.`,
      };
}

/** A six-digit code from an authenticator app (TOTP, RFC 6238: SHA-1, 30 s). */
export const totpCodeSchema = z.string().trim().regex(/^\d{6}$/, 'Enter the 6-digit code');

/** At the second sign-in step: an authenticator code or one of the recovery codes. */
export const loginTwoFactorSchema = z.object({ code: z.string().trim().min(6).max(32) });
export type LoginTwoFactorInput = z.infer<typeof loginTwoFactorSchema>;

export const twoFactorStatusSchema = z.object({ enabled: z.boolean(), recoveryCodesLeft: z.number().int() }).meta({ id: 'TwoFactorStatus' });
export type TwoFactorStatus = z.infer<typeof twoFactorStatusSchema>;

/** Starting (or restarting) the set-up needs the password; the secret is shown once, to be scanned or typed. */
export const passwordConfirmationSchema = z.object({ password: z.string().min(1).max(1024) });
export type PasswordConfirmation = z.infer<typeof passwordConfirmationSchema>;

export const twoFactorSetupSchema = z.object({ secret: z.string(), otpauthUrl: z.string() });
export type TwoFactorSetup = z.infer<typeof twoFactorSetupSchema>;

export const enableTwoFactorSchema = z.object({ code: totpCodeSchema });
export type EnableTwoFactorInput = z.infer<typeof enableTwoFactorSchema>;

/** Single-use codes for when the authenticator is lost; shown once. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

/** An organization's sign-in policy: whether its owners and admins must use two-factor sign-in. */
export const orgSecuritySchema = z.object({ requireTwoFactor: z.boolean() }).meta({ id: 'OrganizationSecurity' });
export type OrgSecurity = z.infer<typeof orgSecuritySchema>;
