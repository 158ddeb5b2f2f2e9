import { Controller } from '@nestjs/common';
import { budgetApi as b } from '@rundown/domain';
import { Ctx, Endpoint, Input, type RouteInput, type RouteOutput } from '../../common/endpoint.decorator.js';
import type { OrgContext } from '../../common/request-context.js';
import { BaselinesService } from './baselines.service.js';
import { BudgetImportService } from './budget-import.service.js';
import { BudgetReportsService } from './budget-reports.service.js';
import type { FileResult } from '../../common/contract.interceptor.js';


/** Moving budgets in and out: import, export, top sheet, baselines and templates. */
@Controller()
export class BudgetDocumentsController {
  constructor(
    private readonly imports: BudgetImportService,
    private readonly reports: BudgetReportsService,
    private readonly baselines: BaselinesService,
  ) {}

  @Endpoint(b.importLines)
  importLines(
    @Ctx() ctx: OrgContext,
    @Input() input: RouteInput<typeof b.importLines>,
  ): Promise<RouteOutput<typeof b.importLines>> {
    return this.imports.import(ctx, input.params.eventId, input.body.rows, input.idempotencyKey);
  }

  @Endpoint(b.exportCsv)
  exportCsv(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.exportCsv>): Promise<FileResult> {
    return this.reports.exportCsv(ctx, input.params.eventId);
  }

  @Endpoint(b.topSheetPdf)
  topSheetPdf(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.topSheetPdf>): Promise<FileResult> {
    return this.reports.topSheetPdf(ctx, input.params.eventId, input.query.locale);
  }

  @Endpoint(b.listBaselines)
  listBaselines(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.listBaselines>): Promise<RouteOutput<typeof b.listBaselines>> {
    return this.baselines.list(ctx, input.params.eventId, input.query);
  }

  @Endpoint(b.createBaseline)
  createBaseline(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.createBaseline>): Promise<RouteOutput<typeof b.createBaseline>> {
    return this.baselines.create(ctx, input.params.eventId, input.body.name);
  }

  @Endpoint(b.compareBaseline)
  compareBaseline(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.compareBaseline>): Promise<RouteOutput<typeof b.compareBaseline>> {
    return this.baselines.compare(ctx, input.params.eventId, input.params.baselineId);
  }

  @Endpoint(b.listTemplates)
  listTemplates(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.listTemplates>): Promise<RouteOutput<typeof b.listTemplates>> {
    return this.baselines.listTemplates(ctx, input.query);
  }

  @Endpoint(b.createTemplate)
  createTemplate(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.createTemplate>): Promise<RouteOutput<typeof b.createTemplate>> {
    return this.baselines.createTemplate(ctx, input.body.name, input.body.eventId);
  }

  @Endpoint(b.applyTemplate)
  applyTemplate(@Ctx() ctx: OrgContext, @Input() input: RouteInput<typeof b.applyTemplate>): Promise<RouteOutput<typeof b.applyTemplate>> {
    return this.baselines.applyTemplate(ctx, input.params.eventId, input.body.templateId);
  }
}
