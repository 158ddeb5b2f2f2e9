import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './common/access.guard.js';
import { ContractInterceptor } from './common/contract.interceptor.js';
import { CoreModule } from './common/core.module.js';
import type { AppConfig } from './config/config.js';
import { dataSourceOptions } from './database/data-source.js';
import { AuditController } from './modules/audit/audit.controller.js';
import { BudgetsModule } from './modules/budgets/budgets.module.js';
import { AuthController } from './modules/auth/auth.controller.js';
import { AuthService } from './modules/auth/auth.service.js';
import { IdentityService } from './modules/auth/identity.service.js';
import { SessionsService } from './modules/auth/sessions.service.js';
import { EventsController } from './modules/events/events.controller.js';
import { EventsRepository } from './modules/events/events.repository.js';
import { EventOverviewService } from './modules/events/event-overview.service.js';
import { EventsService } from './modules/events/events.service.js';
import { LocationsModule } from './modules/locations/locations.module.js';
import { InvitationsController } from './modules/invitations/invitations.controller.js';
import { InvitationsService } from './modules/invitations/invitations.service.js';
import { MeController } from './modules/me/me.controller.js';
import { MeService } from './modules/me/me.service.js';
import { MembersController } from './modules/members/members.controller.js';
import { MembersService } from './modules/members/members.service.js';
import { NotificationsController } from './modules/notifications/notifications.controller.js';
import { NotificationsService } from './modules/notifications/notifications.service.js';
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
      imports: [TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.DATABASE_POOL_SIZE)), CoreModule.register(config), BudgetsModule, TimelineModule, RundownModule, LocationsModule],
      controllers: [
        SystemController,
        AuthController,
        MeController,
        OrganizationsController,
        MembersController,
        InvitationsController,
        AuditController,
        EventsController,
        VendorsController,
        CalendarController,
        NotificationsController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: ContractInterceptor },
        IdentityService,
        SessionsService,
        AuthService,
        MeService,
        OrganizationsService,
        MembersService,
        InvitationsService,
        EventsRepository,
        EventsService,
        EventOverviewService,
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
