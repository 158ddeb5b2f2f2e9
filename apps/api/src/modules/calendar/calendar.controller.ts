import { Controller, Req } from '@nestjs/common';
import { timelineApi as t } from '@rundown/domain';
import type { FastifyRequest } from 'fastify';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import { originOf } from '../../common/origin.js';
import type { AuthedContext, OrgContext } from '../../common/request-context.js';
import { CalendarService } from './calendar.service.js';
import type { FileResult } from '../../common/contract.interceptor.js';


/** Secret iCalendar links: made and revoked by their owner, read by calendar apps without a session. */
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Endpoint(t.createCalendarFeed)
  createFeed(@Ctx() ctx: AuthedContext, @Req() request: FastifyRequest): Promise<RouteOutput<typeof t.createCalendarFeed>> {
    return this.calendar.create(ctx, originOf(request));
  }

  @Endpoint(t.createEventCalendarFeed)
  createEventFeed(
    @Ctx() ctx: OrgContext,
    @Input() input: RouteInput<typeof t.createEventCalendarFeed>,
    @Req() request: FastifyRequest,
  ): Promise<RouteOutput<typeof t.createEventCalendarFeed>> {
    return this.calendar.createForEvent(ctx, input.params.eventId, originOf(request));
  }

  @Endpoint(t.listCalendarFeeds)
  feeds(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof t.listCalendarFeeds>): Promise<RouteOutput<typeof t.listCalendarFeeds>> {
    return this.calendar.list(ctx, input.query);
  }

  @Endpoint(t.revokeCalendarFeed)
  revokeFeed(@Ctx() ctx: AuthedContext, @Input() input: RouteInput<typeof t.revokeCalendarFeed>): Promise<void> {
    return this.calendar.revoke(ctx, input.params.feedId);
  }

  @Endpoint(t.calendarFeed)
  feed(@Input() input: RouteInput<typeof t.calendarFeed>): Promise<FileResult> {
    return this.calendar.feed(input.params.token);
  }
}
