import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { NotifierModule } from '../notifications/notifier.module.js';
import { ChecklistRepository } from './checklist.repository.js';
import { ChecklistService } from './checklist.service.js';
import { DependenciesRepository } from './dependencies.repository.js';
import { DependenciesService } from './dependencies.service.js';
import { ScheduleBaselinesRepository } from './schedule-baselines.repository.js';
import { ScheduleBaselinesService } from './schedule-baselines.service.js';
import { ScheduleService } from './schedule.service.js';
import { ScheduleCache } from './schedule.cache.js';
import { TaskAttachmentsRepository } from './task-attachments.repository.js';
import { TaskAttachmentsService } from './task-attachments.service.js';
import { TaskCommentsService } from './task-comments.service.js';
import { TaskNoticesService } from './task-notices.service.js';
import { TasksRepository } from './tasks.repository.js';
import { TasksService } from './tasks.service.js';
import { TimelineController } from './timeline.controller.js';

/** Repositories own the SQL; one service per concern (tasks, schedule, dependencies, baselines, comments, checklists, files). */
@Module({
  imports: [EventsModule, NotifierModule],
  controllers: [TimelineController],
  providers: [
    TasksRepository,
    DependenciesRepository,
    ChecklistRepository,
    ScheduleBaselinesRepository,
    TaskAttachmentsRepository,
    TaskNoticesService,
    TasksService,
    ScheduleService,
    ScheduleCache,
    DependenciesService,
    ScheduleBaselinesService,
    TaskCommentsService,
    ChecklistService,
    TaskAttachmentsService,
  ],
})
export class TimelineModule {}
