import { Injectable } from '@nestjs/common';
import { notificationText, type Locale, type Notification, type NotificationData } from '@rundown/domain';
import type { Tx } from '../../common/database.service.js';

export type NotificationDraft = { kind: Notification['kind']; organizationId: string; data: NotificationData; link: string | null };

/**
 * Queues in-app notifications and their emails inside the caller's transaction, so a
 * change and the news of it commit together. The actor is never notified of their own change.
 */
@Injectable()
export class NotifierService {
  async notify(tx: Tx, recipients: readonly string[], actorId: string | null, draft: NotificationDraft): Promise<void> {
    const userIds = [...new Set(recipients)].filter((id) => id !== actorId);
    if (userIds.length === 0) return;
    await tx.execute(
      `INSERT INTO notifications (user_id, organization_id, kind, data, link) SELECT unnest($1::uuid[]), $2, $3, $4, $5`,
      [userIds, draft.organizationId, draft.kind, JSON.stringify(draft.data), draft.link],
    );
    const addressees = await tx.query<{ email: string; locale: Locale }>(
      `SELECT email, locale FROM users WHERE id = ANY($1::uuid[]) AND disabled_at IS NULL`,
      [userIds],
    );
    for (const recipient of addressees) {
      const text = notificationText(draft.kind, draft.data, recipient.locale);
      await tx.execute(`INSERT INTO email_outbox (to_email, subject, body) VALUES ($1, $2, $3)`, [
        recipient.email, text.subject, `${text.body}${draft.link ? `\n\n${draft.link}` : ''}`,
      ]);
    }
  }
}
