import { Controller } from '@nestjs/common';
import { budgetApi as b } from '@rundown/domain';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { OrgContext } from '../../common/request-context.js';
import { BudgetsService } from './budgets.service.js';

@Controller()
export class BudgetsController {
  constructor(private readonly budgets: BudgetsService) {}

  @Endpoint(b.get)
  get(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.get>): Promise<RouteOutput<typeof b.get>> {
    return this.budgets.get(ctx, input.params.eventId);
  }

  @Endpoint(b.summary)
  summary(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.summary>): Promise<RouteOutput<typeof b.summary>> {
    return this.budgets.summary(ctx, input.params.eventId);
  }

  @Endpoint(b.listLines)
  listLines(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.listLines>): Promise<RouteOutput<typeof b.listLines>> {
    return this.budgets.listLines(ctx, input.params.eventId, input.query);
  }

  @Endpoint(b.createLine)
  createLine(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.createLine>): Promise<RouteOutput<typeof b.createLine>> {
    return this.budgets.createLine(ctx, input.params.eventId, input.body);
  }

  @Endpoint(b.updateLine)
  updateLine(
    @Ctx() ctx: OrgContext,
    @Input() input: RouteInput<typeof b.updateLine>,
  ): Promise<RouteOutput<typeof b.updateLine>> {
    return this.budgets.updateLine(ctx, input.params.eventId, input.params.lineId, input.version, input.body);
  }

  @Endpoint(b.lineHistory)
  lineHistory(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.lineHistory>): Promise<RouteOutput<typeof b.lineHistory>> {
    return this.budgets.lineHistory(ctx, input.params.eventId, input.params.lineId, input.query);
  }

  @Endpoint(b.deleteLine)
  deleteLine(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.deleteLine>): Promise<void> {
    return this.budgets.deleteLine(ctx, input.params.eventId, input.params.lineId);
  }

  @Endpoint(b.createCategory)
  createCategory(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.createCategory>): Promise<RouteOutput<typeof b.createCategory>> {
    return this.budgets.createCategory(ctx, input.params.eventId, input.body);
  }

  @Endpoint(b.updateCategory)
  updateCategory(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.updateCategory>): Promise<RouteOutput<typeof b.updateCategory>> {
    return this.budgets.updateCategory(ctx, input.params.eventId, input.params.categoryId, input.version, input.body);
  }

  @Endpoint(b.deleteCategory)
  deleteCategory(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.deleteCategory>): Promise<void> {
    return this.budgets.deleteCategory(ctx, input.params.eventId, input.params.categoryId);
  }
}
