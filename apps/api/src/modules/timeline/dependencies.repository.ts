import { Injectable } from '@nestjs/common';
import type { Dependency, ScheduleDependency } from '@rundown/domain';
import type { TenantTx } from '../../common/database.service.js';

export type DependencyRow = { id: string; predecessor_id: string; successor_id: string; type: Dependency['type']; lag_minutes: number };

export const toDependency = (r: DependencyRow): Dependency => ({
  id: r.id, predecessorId: r.predecessor_id, successorId: r.successor_id, type: r.type, lagMinutes: r.lag_minutes,
});

export const toScheduleDependency = (r: DependencyRow): ScheduleDependency => ({
  predecessorId: r.predecessor_id, successorId: r.successor_id, type: r.type, lag: r.lag_minutes,
});

const COLUMNS = 'id, predecessor_id, successor_id, type, lag_minutes';

/** Every query on task dependencies. */
@Injectable()
export class DependenciesRepository {
  /** A page in id order; the first page and the next ones are separate statements, so the bound is an index condition. */
  page(tx: TenantTx, eventId: string, limit: number, after: readonly [string] | null): Promise<DependencyRow[]> {
    return after
      ? tx.query<DependencyRow>(
          `SELECT ${COLUMNS} FROM task_dependencies WHERE event_id = $1 AND organization_id = $2 AND id > $3::uuid ORDER BY id LIMIT $4`,
          [eventId, tx.orgId, after[0], limit],
        )
      : tx.query<DependencyRow>(`SELECT ${COLUMNS} FROM task_dependencies WHERE event_id = $1 AND organization_id = $2 ORDER BY id LIMIT $3`, [
          eventId, tx.orgId, limit,
        ]);
  }

  all(tx: TenantTx, eventId: string): Promise<DependencyRow[]> {
    return tx.query<DependencyRow>(`SELECT ${COLUMNS} FROM task_dependencies WHERE event_id = $1 AND organization_id = $2`, [eventId, tx.orgId]);
  }

  /** Links two tasks; undefined when they already are. */
  async insert(
    tx: TenantTx,
    eventId: string,
    input: { predecessorId: string; successorId: string; type: Dependency['type']; lagMinutes: number },
  ): Promise<DependencyRow | undefined> {
    const [row] = await tx.query<DependencyRow>(
      `INSERT INTO task_dependencies (organization_id, event_id, predecessor_id, successor_id, type, lag_minutes) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (predecessor_id, successor_id) DO NOTHING RETURNING ${COLUMNS}`,
      [tx.orgId, eventId, input.predecessorId, input.successorId, input.type, input.lagMinutes],
    );
    return row;
  }

  async delete(tx: TenantTx, eventId: string, dependencyId: string): Promise<DependencyRow | undefined> {
    const [row] = await tx.query<DependencyRow>(
      `DELETE FROM task_dependencies WHERE id = $1 AND event_id = $2 AND organization_id = $3 RETURNING ${COLUMNS}`,
      [dependencyId, eventId, tx.orgId],
    );
    return row;
  }
}
