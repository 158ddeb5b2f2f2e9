import type { Tx } from '../../common/database.service.js';
import { readCursor, toPage } from '../../common/pagination.js';

/** Task comments, shared by the organization's timeline and the vendor portal. */
export async function listComments(tx: Tx, taskId: string, query: { limit: number; cursor?: string }) {
  const after = readCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = await tx.query<{ id: string; author: string | null; body: string; created_at: Date }>(
    `SELECT c.id, u.name AS author, c.body, c.created_at FROM task_comments c LEFT JOIN users u ON u.id = c.author_id
      WHERE c.task_id = $1 AND ($2::timestamptz IS NULL OR (c.created_at, c.id) > ($2::timestamptz, $3::uuid))
      ORDER BY c.created_at, c.id LIMIT $4`,
    [taskId, after?.[0] ?? null, after?.[1] ?? null, query.limit + 1],
  );
  return toPage(rows, query.limit, (r) => ({ id: r.id, author: r.author, body: r.body, createdAt: r.created_at.toISOString() }), (r) => [r.created_at.toISOString(), r.id]);
}

export async function addComment(tx: Tx, organizationId: string, taskId: string, authorId: string, body: string) {
  const [row] = await tx.query<{ id: string; created_at: Date; author: string | null }>(
    `INSERT INTO task_comments (organization_id, task_id, author_id, body) VALUES ($1, $2, $3, $4)
     RETURNING id, created_at, (SELECT name FROM users WHERE id = $3) AS author`,
    [organizationId, taskId, authorId, body],
  );
  return { id: row!.id, author: row!.author, body, createdAt: row!.created_at.toISOString() };
}
