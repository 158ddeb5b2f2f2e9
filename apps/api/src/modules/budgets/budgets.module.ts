import { BaselinesService } from './baselines.service.js';
import { BudgetDocumentsController } from './budget-documents.controller.js';
import { BudgetImportService } from './budget-import.service.js';
import { BudgetReportsService } from './budget-reports.service.js';
import { BudgetSummaryCache } from './budget-summary.cache.js';
import { BudgetTotalsService } from './budget-totals.service.js';
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { EventsModule } from '../events/events.module.js';
import { BudgetsController } from './budgets.controller.js';
import { BudgetsRepository } from './budgets.repository.js';
import { BudgetsService } from './budgets.service.js';
import { FringesController } from './fringes.controller.js';
import { FringesRepository } from './fringes.repository.js';
import { FringesService } from './fringes.service.js';
import { SpendController } from './spend.controller.js';
import { SpendService } from './spend.service.js';

@Module({
  imports: [AuditModule, EventsModule],
  controllers: [BudgetsController, SpendController, FringesController, BudgetDocumentsController],
  providers: [
    BudgetsRepository,
    BudgetsService,
    BudgetSummaryCache,
    BudgetTotalsService,
    FringesRepository,
    FringesService,
    SpendService,
    BudgetImportService,
    BudgetReportsService,
    BaselinesService,
  ],
})
export class BudgetsModule {}
