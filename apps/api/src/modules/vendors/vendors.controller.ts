import { Controller, Req } from '@nestjs/common';
import { timelineApi as t } from '@rundown/domain';
import type { FastifyRequest } from 'fastify';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import { originOf } from '../../common/origin.js';
import type { AuthedContext, OrgContext } from '../../common/request-context.js';
import { VendorPortalService } from './vendor-portal.service.js';
import { VendorsService } from './vendors.service.js';
import type { FileResult } from '../../common/contract.interceptor.js';


@Controller()
export class VendorsController {
  constructor(
    private readonly vendors: VendorsService,
    private readonly portal: VendorPortalService,
  ) {}

  @Endpoint(t.listVendors)
  list(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.listVendors>): Promise<RouteOutput<typeof t.listVendors>> {
    return this.vendors.list(ctx, input.query);
  }

  @Endpoint(t.createVendor)
  create(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.createVendor>): Promise<RouteOutput<typeof t.createVendor>> {
    return this.vendors.create(ctx, input.body);
  }

  @Endpoint(t.updateVendor)
  update(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.updateVendor>): Promise<RouteOutput<typeof t.updateVendor>> {
    return this.vendors.update(ctx, input.params.vendorId, input.version, input.body);
  }

  @Endpoint(t.deleteVendor)
  remove(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.deleteVendor>): Promise<void> {
    return this.vendors.remove(ctx, input.params.vendorId);
  }

  @Endpoint(t.inviteVendorUser)
  invite(
    @Ctx() ctx: OrgContext,
    @Input() input: RouteInput<typeof t.inviteVendorUser>,
    @Req() request: FastifyRequest,
  ): Promise<RouteOutput<typeof t.inviteVendorUser>> {
    return this.vendors.invite(ctx, input.params.vendorId, input.body, originOf(request));
  }

  @Endpoint(t.myTasks)
  myTasks(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof t.myTasks>): Promise<RouteOutput<typeof t.myTasks>> {
    return this.portal.list(ctx, input.query);
  }

  @Endpoint(t.updateMyTask)
  updateMyTask(
    @Ctx() ctx: AuthedContext,
    @Input() input: RouteInput<typeof t.updateMyTask>,
  ): Promise<RouteOutput<typeof t.updateMyTask>> {
    return this.portal.updateStatus(ctx, input.params.taskId, input.version, input.body.status);
  }

  @Endpoint(t.toggleMyChecklistItem)
  toggle(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof t.toggleMyChecklistItem>): Promise<RouteOutput<typeof t.toggleMyChecklistItem>> {
    return this.portal.toggleChecklist(ctx, input.params.taskId, input.params.itemId, input.body.done);
  }

  @Endpoint(t.myTaskComments)
  comments(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof t.myTaskComments>): Promise<RouteOutput<typeof t.myTaskComments>> {
    return this.portal.comments(ctx, input.params.taskId, input.query);
  }

  @Endpoint(t.commentOnMyTask)
  comment(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof t.commentOnMyTask>): Promise<RouteOutput<typeof t.commentOnMyTask>> {
    return this.portal.comment(ctx, input.params.taskId, input.body.body);
  }

  @Endpoint(t.uploadToMyTask)
  upload(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof t.uploadToMyTask>): Promise<RouteOutput<typeof t.uploadToMyTask>> {
    return this.portal.upload(ctx, input.params.taskId, input.body);
  }

  @Endpoint(t.downloadAttachment)
  download(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof t.downloadAttachment>): Promise<FileResult> {
    return this.portal.download(ctx, input.params.taskId, input.params.attachmentId);
  }
}
