import { Injectable } from '@nestjs/common';
import { findCycle, type createDependencySchema, type Dependency, type Page } from '@rundown/domain';
import type { z } from 'zod';
import { AppError, fieldError } from '../../common/app-error.js';
import { recordAudit } from '../../common/audit.js';
import { readCursor, toPage } from '../../common/pagination.js';
import type { OrgContext } from '../../common/request-context.js';
import { EventsService } from '../events/events.service.js';
import { DependenciesRepository, toDependency, toScheduleDependency } from './dependencies.repository.js';
import { TasksRepository } from './tasks.repository.js';

/** Links between an event's tasks: never a cycle, never twice. */
@Injectable()
export class DependenciesService {
  constructor(
    private readonly events: EventsService,
    private readonly tasks: TasksRepository,
    private readonly dependencies: DependenciesRepository,
  ) {}

  list(ctx: OrgContext, eventId: string, query: { limit: number; cursor?: string }): Promise<Page<Dependency>> {
    const after = readCursor(query.cursor, ['uuid']);
    return this.events.withEvent(ctx, eventId, async (tx) => {
      const rows = await this.dependencies.page(tx, eventId, query.limit + 1, after);
      return toPage(rows, query.limit, toDependency, (r) => [r.id]);
    });
  }

  create(ctx: OrgContext, eventId: string, input: z.output<typeof createDependencySchema>): Promise<Dependency> {
    return this.events.withEvent(ctx, eventId, async (tx) => {
      const tasks = await this.tasks.lockTitles(tx, eventId);
      const titles = new Map(tasks.map((t) => [t.id, t.title]));
      if (!titles.has(input.predecessorId)) throw fieldError('/body/predecessorId', 'No such task in this event');
      if (!titles.has(input.successorId)) throw fieldError('/body/successorId', 'No such task in this event');
      const existing = await this.dependencies.all(tx, eventId);
      const proposed = [...existing.map(toScheduleDependency), { predecessorId: input.predecessorId, successorId: input.successorId, type: input.type, lag: input.lagMinutes }];
      const cycle = findCycle(tasks.map((t) => ({ id: t.id, start: 0, duration: 0 })), proposed);
      if (cycle) {
        // Name the loop starting from the link being added: predecessor → successor → … → predecessor.
        const loop = cycle.slice(0, -1);
        const from = loop.indexOf(input.predecessorId);
        const ordered = from < 0 ? cycle : [...loop.slice(from), ...loop.slice(0, from), input.predecessorId];
        const names = ordered.map((id) => titles.get(id)).join(' → ');
        throw new AppError('validation_failed', `This dependency would make a cycle: ${names}`, {
          errors: [{ pointer: '/body/successorId', code: 'dependency_cycle', message: `Cycle: ${names}` }],
        });
      }
      const row = await this.dependencies.insert(tx, eventId, input);
      if (!row) throw new AppError('conflict', 'These tasks are already linked');
      const dependency = toDependency(row);
      await recordAudit(tx, ctx, { action: 'create', entityType: 'task_dependency', entityId: dependency.id, after: dependency });
      return dependency;
    });
  }

  remove(ctx: OrgContext, eventId: string, dependencyId: string): Promise<void> {
    return this.events.withEvent(ctx, eventId, async (tx) => {
      const row = await this.dependencies.delete(tx, eventId, dependencyId);
      if (!row) throw new AppError('not_found');
      await recordAudit(tx, ctx, { action: 'delete', entityType: 'task_dependency', entityId: dependencyId, before: toDependency(row) });
    });
  }
}
