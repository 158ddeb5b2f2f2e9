import { Module } from '@nestjs/common';
import { TasksService } from './tasks.service.js';
import { TimelineController } from './timeline.controller.js';

@Module({ controllers: [TimelineController], providers: [TasksService] })
export class TimelineModule {}
