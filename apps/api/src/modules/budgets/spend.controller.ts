import { Controller } from '@nestjs/common';
import { budgetApi as b } from '@rundown/domain';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { OrgContext } from '../../common/request-context.js';
import { SpendService } from './spend.service.js';

@Controller()
export class SpendController {
  constructor(private readonly spend: SpendService) {}

  @Endpoint(b.listCommitments)
  listCommitments(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.listCommitments>): Promise<RouteOutput<typeof b.listCommitments>> {
    return this.spend.listCommitments(ctx, input.params.eventId, input.query);
  }

  @Endpoint(b.createCommitment)
  createCommitment(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.createCommitment>): Promise<RouteOutput<typeof b.createCommitment>> {
    return this.spend.createCommitment(ctx, input.params.eventId, input.body);
  }

  @Endpoint(b.decideCommitment)
  decideCommitment(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.decideCommitment>): Promise<RouteOutput<typeof b.decideCommitment>> {
    return this.spend.decideCommitment(ctx, input.params.eventId, input.params.commitmentId, input.body.action);
  }

  @Endpoint(b.listExpenses)
  listExpenses(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.listExpenses>): Promise<RouteOutput<typeof b.listExpenses>> {
    return this.spend.listExpenses(ctx, input.params.eventId, input.query);
  }

  @Endpoint(b.createExpense)
  createExpense(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.createExpense>): Promise<RouteOutput<typeof b.createExpense>> {
    return this.spend.createExpense(ctx, input.params.eventId, input.body);
  }

  @Endpoint(b.decideExpense)
  decideExpense(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.decideExpense>): Promise<RouteOutput<typeof b.decideExpense>> {
    return this.spend.decideExpense(ctx, input.params.eventId, input.params.expenseId, input.body.action);
  }
}
