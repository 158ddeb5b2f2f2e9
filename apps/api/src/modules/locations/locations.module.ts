import { Module } from '@nestjs/common';
import { LocationsController } from './locations.controller.js';
import { LocationsRepository } from './locations.repository.js';
import { LocationsService } from './locations.service.js';

/** The locations directory, an event's places and holds, and permits. */
@Module({ controllers: [LocationsController], providers: [LocationsRepository, LocationsService], exports: [LocationsService] })
export class LocationsModule {}
