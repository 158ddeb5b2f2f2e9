import { Injectable } from '@nestjs/common';
import type { TenantTx } from '../../common/database.service.js';

/** Every query on task checklist items. */
@Injectable()
export class ChecklistRepository {
  /** The items a new task starts with, in order (nobody has ticked them yet). */
  async insertInitial(tx: TenantTx, taskId: string, items: readonly { title: string; done: boolean }[]): Promise<void> {
    for (const [index, item] of items.entries()) {
      await tx.execute(`INSERT INTO task_checklist_items (organization_id, task_id, title, done, sort_order) VALUES ($1, $2, $3, $4, $5)`, [
        tx.orgId, taskId, item.title, item.done, index,
      ]);
    }
  }

  /** Adds an item, ticked by the caller when `done`; returns its id. */
  async insert(tx: TenantTx, taskId: string, item: { title: string; done: boolean }, position: number): Promise<string> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO task_checklist_items (organization_id, task_id, title, done, done_by, sort_order)
       VALUES ($1, $2, $3, $4, CASE WHEN $4 THEN $5::uuid END, $6) RETURNING id`,
      [tx.orgId, taskId, item.title, item.done, tx.userId, position],
    );
    return row!.id;
  }

  /** Whoever ticks it is named; a tick that stays ticked keeps its name. */
  async update(tx: TenantTx, itemId: string, next: { title: string; done: boolean }): Promise<void> {
    await tx.execute(
      `UPDATE task_checklist_items SET title = $3, done = $4, done_by = CASE WHEN NOT $4 THEN NULL WHEN done THEN done_by ELSE $5::uuid END
        WHERE id = $1 AND organization_id = $2`,
      [itemId, tx.orgId, next.title, next.done, tx.userId],
    );
  }

  async delete(tx: TenantTx, taskId: string, itemId: string): Promise<void> {
    await tx.execute(`DELETE FROM task_checklist_items WHERE id = $1 AND task_id = $2 AND organization_id = $3`, [itemId, taskId, tx.orgId]);
  }

  /** Writes positions 0…n-1 in the given order. */
  async writeOrder(tx: TenantTx, taskId: string, ids: readonly string[]): Promise<void> {
    await tx.execute(
      `UPDATE task_checklist_items c SET sort_order = o.position - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
        WHERE c.id = o.id AND c.task_id = $1 AND c.organization_id = $3`,
      [taskId, ids, tx.orgId],
    );
  }
}
