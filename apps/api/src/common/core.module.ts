import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DatabaseService } from './database.service.js';
import { RateLimiter } from './rate-limiter.js';

/** What every feature module needs: the parsed config, the database and the rate limiter. Nothing here imports `modules/`. */
@Global()
@Module({})
export class CoreModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, DatabaseService, RateLimiter],
      exports: [APP_CONFIG, DatabaseService, RateLimiter],
    };
  }
}
