import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DatabaseService } from '../../common/database.service.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';

const EVERY_MS = 5_000;
const BATCH = 20;
const MAX_ATTEMPTS = 6;

/**
 * Delivers queued emails: through SMTP when SMTP_URL is set, otherwise into the log. Each
 * replica claims a batch with SKIP LOCKED, so replicas never send the same email twice;
 * failures retry with exponential backoff.
 */
@Injectable()
export class OutboxService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private readonly transport: Transporter | null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly db: DatabaseService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
  }

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV === 'test') return;
    this.timer = setInterval(() => void this.drain().catch((e: unknown) => this.logger.warn(`outbox: ${String(e)}`)), EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Sends what is due; returns how many were delivered. */
  drain(): Promise<number> {
    this.running ??= this.deliverBatch().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async deliverBatch(): Promise<number> {
    const due = await this.db.system((tx) =>
      tx.query<{ id: string; to_email: string; subject: string; body: string; attempts: number }>(
        `UPDATE email_outbox SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => 30 * power(2, attempts))
          WHERE id IN (SELECT id FROM email_outbox WHERE sent_at IS NULL AND next_attempt_at <= now() AND attempts < $1
                        ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
          RETURNING id, to_email, subject, body, attempts`,
        [MAX_ATTEMPTS, BATCH],
      ),
    );
    let sent = 0;
    for (const mail of due) {
      try {
        if (this.transport) await this.transport.sendMail({ from: this.config.EMAIL_FROM, to: mail.to_email, subject: mail.subject, text: mail.body });
        else this.logger.log(`email to ${mail.to_email} (SMTP not configured): ${mail.subject}`);
        await this.db.one(`UPDATE email_outbox SET sent_at = now(), transport = $2, last_error = NULL WHERE id = $1`, [mail.id, this.transport ? 'smtp' : 'log']);
        sent++;
      } catch (error) {
        await this.db.one(`UPDATE email_outbox SET last_error = $2 WHERE id = $1`, [mail.id, String(error).slice(0, 500)]);
      }
    }
    return sent;
  }
}
