import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { LiveHub } from './live-hub.service.js';
import { RundownController } from './rundown.controller.js';
import { RundownService } from './rundown.service.js';

@Module({ imports: [EventsModule], controllers: [RundownController], providers: [RundownService, LiveHub] })
export class RundownModule {}
