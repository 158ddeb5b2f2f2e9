import { Module } from '@nestjs/common';
import { BudgetsController } from './budgets.controller.js';
import { BudgetsRepository } from './budgets.repository.js';
import { BudgetsService } from './budgets.service.js';
import { FringesController } from './fringes.controller.js';
import { FringesRepository } from './fringes.repository.js';
import { FringesService } from './fringes.service.js';
import { SpendController } from './spend.controller.js';
import { SpendService } from './spend.service.js';

@Module({
  controllers: [BudgetsController, SpendController, FringesController],
  providers: [BudgetsRepository, BudgetsService, FringesRepository, FringesService, SpendService],
})
export class BudgetsModule {}
