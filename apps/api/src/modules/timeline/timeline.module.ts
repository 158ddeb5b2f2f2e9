import { Module } from '@nestjs/common';
import { TaskAttachmentsService } from './task-attachments.service.js';
import { TasksService } from './tasks.service.js';
import { TimelineController } from './timeline.controller.js';

@Module({ controllers: [TimelineController], providers: [TasksService, TaskAttachmentsService] })
export class TimelineModule {}
