import type { Pool } from 'pg';
import { type Projection } from './projection';
import { ProjectionRunner } from './projection-runner';

/**
 * Resolves once each projection's checkpoint has reached the last stored event of its categories (PostgreSQL event
 * store). For tests and tools that must read a read model right after a write.
 */
export async function projectionsCaughtUp(
  pool: Pool,
  projections: readonly Projection[],
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const behind: string[] = [];
    for (const projection of projections) {
      const { rows: last } = await pool.query<{ commit: string; position: string }>(
        `SELECT transaction_id::text AS commit, global_position::text AS position FROM event_store.events
         WHERE category = ANY($1) ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
        [projection.categories],
      );
      const head = last[0];
      if (!head) continue;
      const { rows: saved } = await pool.query<{ commit: string; prepare: string }>(
        'SELECT commit_position::text AS commit, prepare_position::text AS prepare FROM event_store.checkpoints WHERE subscription_id = $1',
        [ProjectionRunner.subscriptionId(projection)],
      );
      const checkpoint = saved[0];
      const caughtUp =
        checkpoint !== undefined &&
        (BigInt(checkpoint.commit) > BigInt(head.commit) ||
          (BigInt(checkpoint.commit) === BigInt(head.commit) && BigInt(checkpoint.prepare) >= BigInt(head.position)));
      if (!caughtUp) behind.push(projection.name);
    }
    if (behind.length === 0) return;
    if (Date.now() > deadline) throw new Error(`projections still behind: ${behind.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
