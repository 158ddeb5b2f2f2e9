import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AuditService } from '../modules/audit/audit.service.js';
import { NotifierService } from '../modules/notifications/notifier.service.js';
import { DatabaseService } from './database.service.js';
import { RateLimiter } from './rate-limiter.js';

/** What every feature module needs: the parsed config, the database, the audit log and the notifier. */
@Global()
@Module({})
export class CoreModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, DatabaseService, RateLimiter, AuditService, NotifierService],
      exports: [APP_CONFIG, DatabaseService, RateLimiter, AuditService, NotifierService],
    };
  }
}
