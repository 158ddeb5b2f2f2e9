import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './common/access.guard.js';
import { ContractInterceptor } from './common/contract.interceptor.js';
import { IdentityResolver } from './common/identity-resolver.js';
import { CoreModule } from './common/core.module.js';
import type { AppConfig } from './config/config.js';
import { dataSourceOptions } from './database/data-source.js';
import { AccountController } from './modules/account/account.controller.js';
import { AccountRepository } from './modules/account/account.repository.js';
import { AccountService } from './modules/account/account.service.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { TwoFactorService } from './modules/account/two-factor.service.js';
import { BudgetsModule } from './modules/budgets/budgets.module.js';
import { AuthController } from './modules/auth/auth.controller.js';
import { AuthService } from './modules/auth/auth.service.js';
import { IdentityService } from './modules/auth/identity.service.js';
import { SessionsService } from './modules/auth/sessions.service.js';
import { EventsModule } from './modules/events/events.module.js';
import { LocationsModule } from './modules/locations/locations.module.js';
import { InvitationsController } from './modules/invitations/invitations.controller.js';
import { InvitationsService } from './modules/invitations/invitations.service.js';
import { MeController } from './modules/me/me.controller.js';
import { MeService } from './modules/me/me.service.js';
import { MembersController } from './modules/members/members.controller.js';
import { MembersService } from './modules/members/members.service.js';
import { NotificationsController } from './modules/notifications/notifications.controller.js';
import { NotificationsService } from './modules/notifications/notifications.service.js';
import { NotifierModule } from './modules/notifications/notifier.module.js';
import { OutboxService } from './modules/notifications/outbox.service.js';
import { OrganizationsController } from './modules/organizations/organizations.controller.js';
import { OrganizationsService } from './modules/organizations/organizations.service.js';
import { RundownModule } from './modules/rundown/rundown.module.js';
import { SystemController } from './modules/system/system.controller.js';
import { TimelineModule } from './modules/timeline/timeline.module.js';
import { CalendarController } from './modules/calendar/calendar.controller.js';
import { CalendarService } from './modules/calendar/calendar.service.js';
import { VendorPortalService } from './modules/vendors/vendor-portal.service.js';
import { VendorTasksCache } from './modules/vendors/vendor-tasks.cache.js';
import { VendorsController } from './modules/vendors/vendors.controller.js';
import { VendorsService } from './modules/vendors/vendors.service.js';

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.DATABASE_POOL_SIZE, { waitMs: config.DATABASE_POOL_WAIT_MS, statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS })), CoreModule.register(config), AuditModule, NotifierModule, EventsModule, BudgetsModule, TimelineModule, RundownModule, LocationsModule],
      controllers: [
        SystemController,
        AuthController,
        MeController,
        AccountController,
        OrganizationsController,
        MembersController,
        InvitationsController,
        VendorsController,
        CalendarController,
        NotificationsController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: ContractInterceptor },
        IdentityService,
        { provide: IdentityResolver, useExisting: IdentityService },
        SessionsService,
        AuthService,
        MeService,
        AccountService,
        AccountRepository,
        TwoFactorService,
        OrganizationsService,
        MembersService,
        InvitationsService,
        VendorsService,
        VendorPortalService,
        VendorTasksCache,
        CalendarService,
        NotificationsService,
        OutboxService,
      ],
    };
  }
}
