import { Controller, Res } from '@nestjs/common';
import { timelineApi as t } from '@rundown/domain';
import type { FastifyReply } from 'fastify';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { OrgContext } from '../../common/request-context.js';
import { LiveHub } from './live-hub.service.js';
import { RundownService } from './rundown.service.js';

const HEARTBEAT_MS = 15_000;

@Controller()
export class RundownController {
  constructor(
    private readonly rundown: RundownService,
    private readonly hub: LiveHub,
  ) {}

  @Endpoint(t.rundown)
  get(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.rundown>): Promise<RouteOutput<typeof t.rundown>> {
    return this.rundown.get(ctx, input.params.eventId, input.params.day);
  }

  @Endpoint(t.setRundownDay)
  setDay(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.setRundownDay>): Promise<RouteOutput<typeof t.setRundownDay>> {
    return this.rundown.setDay(ctx, input.params.eventId, input.params.day, input.version, input.body.startsAt);
  }

  @Endpoint(t.createCue)
  addCue(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.createCue>): Promise<RouteOutput<typeof t.createCue>> {
    return this.rundown.addCue(ctx, input.params.eventId, input.params.day, input.body);
  }

  @Endpoint(t.updateCue)
  updateCue(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.updateCue>): Promise<RouteOutput<typeof t.updateCue>> {
    return this.rundown.updateCue(ctx, input.params.eventId, input.params.day, input.params.cueId, input.version, input.body);
  }

  @Endpoint(t.moveCue)
  moveCue(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.moveCue>): Promise<RouteOutput<typeof t.moveCue>> {
    return this.rundown.moveCue(ctx, input.params.eventId, input.params.day, input.params.cueId, input.body.position);
  }

  @Endpoint(t.deleteCue)
  deleteCue(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.deleteCue>): Promise<RouteOutput<typeof t.deleteCue>> {
    return this.rundown.deleteCue(ctx, input.params.eventId, input.params.day, input.params.cueId);
  }

  @Endpoint(t.controlLive)
  control(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.controlLive>): Promise<RouteOutput<typeof t.controlLive>> {
    return this.rundown.control(ctx, input.params.eventId, input.params.day, input.body.action);
  }

  /**
   * Sends the rundown now and again after every change, until the client goes away. It listens
   * before reading the first state, so a change committed in between is not missed (changes
   * heard before the first state is sent are sent after it).
   */
  @Endpoint(t.liveStream)
  async stream(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof t.liveStream>, @Res() reply: FastifyReply): Promise<void> {
    const { eventId, day } = input.params;
    let opened!: () => void;
    let pending = new Promise<void>((resolve) => (opened = resolve));
    const unsubscribe = await this.hub.subscribe(LiveHub.key(eventId, day), () => {
      pending = pending.then(() => this.rundown.get(ctx, eventId, day).then(send, () => undefined));
    });
    let first: Awaited<ReturnType<RundownService['get']>>;
    try {
      first = await this.rundown.get(ctx, eventId, day);
    } catch (error) {
      unsubscribe();
      throw error;
    }
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-request-id': ctx.requestId,
    });
    const send = (data: unknown): void => {
      raw.write(`event: rundown\ndata: ${JSON.stringify(data)}\n\n`);
    };
    send(first);
    opened();
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
    raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  }
}
