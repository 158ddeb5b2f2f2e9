import { Controller } from '@nestjs/common';
import { timelineApi as t } from '@rundown/domain';
import type { FileResult } from '../../common/contract.interceptor.js';
import { Ctx, Endpoint, Input, type KeptOutput, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { OrgContext } from '../../common/request-context.js';
import { ChecklistService } from './checklist.service.js';
import { DependenciesService } from './dependencies.service.js';
import { ScheduleBaselinesService } from './schedule-baselines.service.js';
import { ScheduleService } from './schedule.service.js';
import { TaskAttachmentsService } from './task-attachments.service.js';
import { TaskCommentsService } from './task-comments.service.js';
import { TasksService } from './tasks.service.js';

@Controller()
export class TimelineController {
  constructor(
    private readonly tasks: TasksService,
    private readonly scheduling: ScheduleService,
    private readonly links: DependenciesService,
    private readonly scheduleBaselines: ScheduleBaselinesService,
    private readonly taskComments: TaskCommentsService,
    private readonly checklist: ChecklistService,
    private readonly attachments: TaskAttachmentsService,
  ) {}

  @Endpoint(t.listTasks)
  list(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.listTasks>): Promise<RouteOutput<typeof t.listTasks>> {
    return this.tasks.list(ctx, input.params.eventId, input.query);
  }

  @Endpoint(t.createTask)
  create(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.createTask>): Promise<RouteOutput<typeof t.createTask>> {
    return this.tasks.create(ctx, input.params.eventId, input.body);
  }

  @Endpoint(t.updateTask)
  update(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.updateTask>): Promise<RouteOutput<typeof t.updateTask>> {
    return this.tasks.update(ctx, input.params.eventId, input.params.taskId, input.version, input.body);
  }

  @Endpoint(t.deleteTask)
  remove(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.deleteTask>): Promise<void> {
    return this.tasks.remove(ctx, input.params.eventId, input.params.taskId);
  }

  @Endpoint(t.moveTask)
  move(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.moveTask>): Promise<RouteOutput<typeof t.moveTask>> {
    return this.scheduling.move(ctx, input.params.eventId, input.params.taskId, input.body);
  }

  @Endpoint(t.listDependencies)
  dependencies(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.listDependencies>): Promise<RouteOutput<typeof t.listDependencies>> {
    return this.links.list(ctx, input.params.eventId, input.query);
  }

  @Endpoint(t.createDependency)
  link(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.createDependency>): Promise<RouteOutput<typeof t.createDependency>> {
    return this.links.create(ctx, input.params.eventId, input.body);
  }

  @Endpoint(t.deleteDependency)
  unlink(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.deleteDependency>): Promise<void> {
    return this.links.remove(ctx, input.params.eventId, input.params.dependencyId);
  }

  @Endpoint(t.schedule)
  schedule(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.schedule>): Promise<KeptOutput<typeof t.schedule>> {
    return this.scheduling.schedule(ctx, input.params.eventId);
  }

  @Endpoint(t.listScheduleBaselines)
  baselines(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.listScheduleBaselines>): Promise<RouteOutput<typeof t.listScheduleBaselines>> {
    return this.scheduleBaselines.list(ctx, input.params.eventId, input.query);
  }

  @Endpoint(t.createScheduleBaseline)
  saveBaseline(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.createScheduleBaseline>): Promise<RouteOutput<typeof t.createScheduleBaseline>> {
    return this.scheduleBaselines.create(ctx, input.params.eventId, input.body.name);
  }

  @Endpoint(t.compareScheduleBaseline)
  compare(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.compareScheduleBaseline>): Promise<RouteOutput<typeof t.compareScheduleBaseline>> {
    return this.scheduleBaselines.compare(ctx, input.params.eventId, input.params.baselineId);
  }

  @Endpoint(t.listComments)
  comments(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.listComments>): Promise<RouteOutput<typeof t.listComments>> {
    return this.taskComments.list(ctx, input.params.eventId, input.params.taskId, input.query);
  }

  @Endpoint(t.createComment)
  comment(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.createComment>): Promise<RouteOutput<typeof t.createComment>> {
    return this.taskComments.add(ctx, input.params.eventId, input.params.taskId, input.body.body);
  }

  @Endpoint(t.addChecklistItem)
  addItem(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.addChecklistItem>): Promise<RouteOutput<typeof t.addChecklistItem>> {
    return this.checklist.add(ctx, input.params.eventId, input.params.taskId, input.body);
  }

  @Endpoint(t.updateChecklistItem)
  updateItem(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.updateChecklistItem>): Promise<RouteOutput<typeof t.updateChecklistItem>> {
    return this.checklist.update(ctx, input.params.eventId, input.params.taskId, input.params.itemId, input.body);
  }

  @Endpoint(t.moveChecklistItem)
  moveItem(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.moveChecklistItem>): Promise<RouteOutput<typeof t.moveChecklistItem>> {
    return this.checklist.move(ctx, input.params.eventId, input.params.taskId, input.params.itemId, input.body.position);
  }

  @Endpoint(t.deleteChecklistItem)
  removeItem(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.deleteChecklistItem>): Promise<RouteOutput<typeof t.deleteChecklistItem>> {
    return this.checklist.remove(ctx, input.params.eventId, input.params.taskId, input.params.itemId);
  }

  @Endpoint(t.listTaskAttachments)
  files(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.listTaskAttachments>): Promise<RouteOutput<typeof t.listTaskAttachments>> {
    return this.attachments.list(ctx, input.params.eventId, input.params.taskId, input.query);
  }

  @Endpoint(t.uploadTaskAttachment)
  upload(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.uploadTaskAttachment>): Promise<RouteOutput<typeof t.uploadTaskAttachment>> {
    return this.attachments.upload(ctx, input.params.eventId, input.params.taskId, input.body);
  }

  @Endpoint(t.downloadTaskAttachment)
  download(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.downloadTaskAttachment>): Promise<FileResult> {
    return this.attachments.download(ctx, input.params.eventId, input.params.taskId, input.params.attachmentId);
  }

  @Endpoint(t.deleteTaskAttachment)
  removeFile(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.deleteTaskAttachment>): Promise<void> {
    return this.attachments.remove(ctx, input.params.eventId, input.params.taskId, input.params.attachmentId);
  }
}
