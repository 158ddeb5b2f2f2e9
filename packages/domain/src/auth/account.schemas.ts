import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '../common/primitives.js';
import { emailSchema } from './auth.schemas.js';
import { passwordSchema } from './password.js';

/** Changing the password needs the current one; every other session of the user ends. */
export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** Asks for a reset link by email. The answer is the same whether an account exists. */
export const forgotPasswordSchema = z.object({ email: emailSchema });
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

/** The token from the emailed link (single use, expires after an hour) and the new password. */
export const resetPasswordSchema = z.object({
  token: z.string().min(20).max(200),
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
