import { Injectable } from '@nestjs/common';
import {
  lineEstimate,
  type CreateFringeInput,
  type CurrencyCode,
  type FringeRule,
  type FringeRuleDto,
  type Page,
  type PageQuery,
  type UpdateFringeInput,
} from '@rundown/domain';
import { AppError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import { DatabaseService, type TenantTx } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { OrgContext } from '../../common/request-context.js';
import { tidyDecimal } from './budget.mapper.js';
import { BudgetTotalsService } from './budget-totals.service.js';
import { FringesRepository, toFringeDto, toFringeRule, type PricedLine } from './fringes.repository.js';
import { categoryDeltas, EMPTY, type LineAggregate } from './line-aggregate.js';

type LineChange = { categoryId: string; aggregate: LineAggregate };

@Injectable()
export class FringesService {
  constructor(
    private readonly db: DatabaseService,
    private readonly fringes: FringesRepository,
    private readonly totals: BudgetTotalsService,
  ) {}

  list(ctx: OrgContext, query: PageQuery): Promise<Page<FringeRuleDto>> {
    const after = readCursor(query.cursor, ['timestamp', 'uuid']);
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const rows = await this.fringes.list(tx, query.limit + 1, after);
      return toPage(rows, query.limit, toFringeDto, (r) => [r.created_at.toISOString(), r.id]);
    });
  }

  create(ctx: OrgContext, input: CreateFringeInput): Promise<FringeRuleDto> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      if (input.kind === 'flat') this.totals.checkAmount('the fringe amount', BigInt(input.amount), input.currency, '/body/amount');
      const row = await this.fringes.insert(tx, {
        name: input.name,
        kind: input.kind,
        basisPoints: input.kind === 'percent' ? input.basisPoints : null,
        amount: input.kind === 'flat' ? input.amount : null,
        currency: input.kind === 'flat' ? input.currency : null,
      });
      const dto = toFringeDto(row);
      await recordAudit(tx, ctx, { action: 'create', entityType: 'fringe_rule', entityId: dto.id, after: dto });
      return dto;
    });
  }

  /** Changing a rule recomputes every line that uses it, in the same transaction. */
  update(ctx: OrgContext, id: string, version: number, input: UpdateFringeInput): Promise<FringeRuleDto> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const current = await this.fringes.find(tx, id, true);
      if (!current) throw new AppError('not_found');
      if (current.version !== version) throw new AppError('precondition_failed', undefined, { current: toFringeDto(current) });
      const row = await this.fringes.update(tx, id, input);
      if (row.kind === 'flat' && input.amount !== undefined) this.totals.checkAmount('the fringe amount', BigInt(row.amount!), row.currency!, '/body/amount');
      await this.recomputeLinesUsing(tx, id);
      const after = toFringeDto(row);
      await recordAudit(tx, ctx, { action: 'update', entityType: 'fringe_rule', entityId: id, before: toFringeDto(current), after });
      return after;
    });
  }

  remove(ctx: OrgContext, id: string): Promise<void> {
    return this.db.tenant(ctx.org.id, ctx.actor.userId, async (tx) => {
      const current = await this.fringes.find(tx, id, true);
      if (!current) throw new AppError('not_found');
      const affected = await this.fringes.linesUsing(tx, id);
      await this.fringes.delete(tx, id);
      await this.recompute(tx, affected.map((l) => ({ ...l, fringe_ids: (l.fringe_ids ?? []).filter((f) => f !== id) })));
      await recordAudit(tx, ctx, { action: 'delete', entityType: 'fringe_rule', entityId: id, before: toFringeDto(current) });
    });
  }

  /** The rules for a line, checked: they must exist here, and a flat one must be in the budget currency. */
  async rulesFor(tx: TenantTx, ids: readonly string[], budgetCurrency: CurrencyCode): Promise<FringeRule[]> {
    const unique = [...new Set(ids)];
    const rows = await this.fringes.byIds(tx, unique);
    if (rows.length !== unique.length) throw fringeError('A fringe rule does not exist');
    if (rows.some((r) => r.kind === 'flat' && r.currency !== budgetCurrency)) {
      throw fringeError(`A flat fringe must be in the budget currency (${budgetCurrency})`);
    }
    return rows.map(toFringeRule);
  }

  private async recomputeLinesUsing(tx: TenantTx, fringeId: string): Promise<void> {
    await this.recompute(tx, await this.fringes.linesUsing(tx, fringeId));
  }

  /** Recomputes each line's amounts and moves its category total by the change in estimate. */
  private async recompute(tx: TenantTx, lines: PricedLine[]): Promise<void> {
    const allIds = [...new Set(lines.flatMap((l) => l.fringe_ids ?? []))];
    const rules = new Map((await this.fringes.byIds(tx, allIds)).map((r) => [r.id, toFringeRule(r)]));
    const deltasByBudget = new Map<string, { currency: CurrencyCode; changes: { before: LineChange; after: LineChange }[] }>();
    for (const line of lines) {
      const result = lineEstimate(
        {
          quantity: tidyDecimal(line.quantity, 3),
          multiplier: tidyDecimal(line.multiplier, 3),
          rate: line.rate,
          currency: line.currency,
          exchangeRate: tidyDecimal(line.exchange_rate, 6),
        },
        (line.fringe_ids ?? []).flatMap((id) => (rules.has(id) ? [rules.get(id)!] : [])),
        line.budget_currency,
      );
      this.totals.checkLine(result, BigInt(line.estimate), line.budget_currency, '/body');
      await this.fringes.setLineAmounts(tx, line.id, result.subtotal, result.fringes, result.estimate);
      const budget = deltasByBudget.get(line.budget_id) ?? { currency: line.budget_currency, changes: [] };
      budget.changes.push({
        before: { categoryId: line.category_id, aggregate: { ...EMPTY, estimate: BigInt(line.estimate) } },
        after: { categoryId: line.category_id, aggregate: { ...EMPTY, estimate: result.estimate } },
      });
      deltasByBudget.set(line.budget_id, budget);
    }
    for (const [id, { currency, changes }] of deltasByBudget) await this.totals.move(tx, { id, currency }, categoryDeltas(changes), '/body');
  }
}

function fringeError(message: string): AppError {
  return new AppError('validation_failed', undefined, { errors: [{ pointer: '/body/fringeIds', code: 'invalid_fringe', message }] });
}
