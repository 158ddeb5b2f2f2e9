import { Controller } from '@nestjs/common';
import { timelineApi as t } from '@rundown/domain';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { AuthedContext } from '../../common/request-context.js';
import { NotificationsService } from './notifications.service.js';

@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Endpoint(t.notifications)
  list(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof t.notifications>): Promise<RouteOutput<typeof t.notifications>> {
    return this.notifications.list(ctx, input.query);
  }

  @Endpoint(t.markNotificationsRead)
  markRead(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof t.markNotificationsRead>): Promise<RouteOutput<typeof t.markNotificationsRead>> {
    return this.notifications.markRead(ctx, input.body);
  }
}
