import { Module } from '@nestjs/common';
import { EventOverviewService } from './event-overview.service.js';
import { EventsController } from './events.controller.js';
import { EventsRepository } from './events.repository.js';
import { EventsService } from './events.service.js';

/** Events, and the one check every module working under an event uses (`EventsService.require` / `withEvent`). */
@Module({
  controllers: [EventsController],
  providers: [EventsRepository, EventsService, EventOverviewService],
  exports: [EventsService],
})
export class EventsModule {}
