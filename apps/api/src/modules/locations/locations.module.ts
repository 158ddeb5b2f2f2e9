import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { EventPlacesController } from './event-places.controller.js';
import { EventPlacesRepository } from './event-places.repository.js';
import { EventPlacesService } from './event-places.service.js';
import { LocationsController } from './locations.controller.js';
import { LocationsRepository } from './locations.repository.js';
import { LocationsService } from './locations.service.js';
import { PermitsController } from './permits.controller.js';
import { PermitsRepository } from './permits.repository.js';
import { PermitsService } from './permits.service.js';

/** The locations directory, an event's places and holds, and permits. */
@Module({
  imports: [EventsModule],
  controllers: [LocationsController, EventPlacesController, PermitsController],
  providers: [LocationsRepository, LocationsService, EventPlacesRepository, EventPlacesService, PermitsRepository, PermitsService],
  exports: [LocationsService, EventPlacesService, PermitsService],
})
export class LocationsModule {}
