import { Controller } from '@nestjs/common';
import { timelineApi as t } from '@rundown/domain';
import type { FileResult } from '../../common/contract.interceptor.js';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { OrgContext } from '../../common/request-context.js';
import { TaskAttachmentsService } from './task-attachments.service.js';
import { TasksService } from './tasks.service.js';

@Controller()
export class TimelineController {
  constructor(
    private readonly tasks: TasksService,
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
    return this.tasks.move(ctx, input.params.eventId, input.params.taskId, input.body);
  }

  @Endpoint(t.listDependencies)
  dependencies(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.listDependencies>): Promise<RouteOutput<typeof t.listDependencies>> {
    return this.tasks.listDependencies(ctx, input.params.eventId, input.query);
  }

  @Endpoint(t.createDependency)
  link(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.createDependency>): Promise<RouteOutput<typeof t.createDependency>> {
    return this.tasks.createDependency(ctx, input.params.eventId, input.body);
  }

  @Endpoint(t.deleteDependency)
  unlink(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.deleteDependency>): Promise<void> {
    return this.tasks.removeDependency(ctx, input.params.eventId, input.params.dependencyId);
  }

  @Endpoint(t.schedule)
  schedule(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.schedule>): Promise<RouteOutput<typeof t.schedule>> {
    return this.tasks.schedule(ctx, input.params.eventId);
  }

  @Endpoint(t.listScheduleBaselines)
  baselines(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.listScheduleBaselines>): Promise<RouteOutput<typeof t.listScheduleBaselines>> {
    return this.tasks.listBaselines(ctx, input.params.eventId, input.query);
  }

  @Endpoint(t.createScheduleBaseline)
  saveBaseline(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.createScheduleBaseline>): Promise<RouteOutput<typeof t.createScheduleBaseline>> {
    return this.tasks.createBaseline(ctx, input.params.eventId, input.body.name);
  }

  @Endpoint(t.compareScheduleBaseline)
  compare(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.compareScheduleBaseline>): Promise<RouteOutput<typeof t.compareScheduleBaseline>> {
    return this.tasks.compareBaseline(ctx, input.params.eventId, input.params.baselineId);
  }

  @Endpoint(t.listComments)
  comments(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.listComments>): Promise<RouteOutput<typeof t.listComments>> {
    return this.tasks.comments(ctx, input.params.eventId, input.params.taskId, input.query);
  }

  @Endpoint(t.createComment)
  comment(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.createComment>): Promise<RouteOutput<typeof t.createComment>> {
    return this.tasks.comment(ctx, input.params.eventId, input.params.taskId, input.body.body);
  }

  @Endpoint(t.addChecklistItem)
  addItem(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.addChecklistItem>): Promise<RouteOutput<typeof t.addChecklistItem>> {
    return this.tasks.addChecklistItem(ctx, input.params.eventId, input.params.taskId, input.body);
  }

  @Endpoint(t.updateChecklistItem)
  updateItem(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.updateChecklistItem>): Promise<RouteOutput<typeof t.updateChecklistItem>> {
    return this.tasks.updateChecklistItem(ctx, input.params.eventId, input.params.taskId, input.params.itemId, input.body);
  }

  @Endpoint(t.moveChecklistItem)
  moveItem(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.moveChecklistItem>): Promise<RouteOutput<typeof t.moveChecklistItem>> {
    return this.tasks.moveChecklistItem(ctx, input.params.eventId, input.params.taskId, input.params.itemId, input.body.position);
  }

  @Endpoint(t.deleteChecklistItem)
  removeItem(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.deleteChecklistItem>): Promise<RouteOutput<typeof t.deleteChecklistItem>> {
    return this.tasks.removeChecklistItem(ctx, input.params.eventId, input.params.taskId, input.params.itemId);
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
